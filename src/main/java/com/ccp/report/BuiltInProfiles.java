package com.ccp.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The two read-only profiles the app ships: formats.md §1 and §2 written in the profile language. */
public final class BuiltInProfiles {

    public static final String CAR_ID = "car-standard";
    public static final String RECEIPTS_ID = "receipts-standard";

    private static final CarWording CAR = (CarWording) load(CAR_ID).compile();
    private static final ReceiptWording RECEIPTS = (ReceiptWording) load(RECEIPTS_ID).compile();

    private BuiltInProfiles() {
    }

    public static CarWording car() {
        return CAR;
    }

    public static ReceiptWording receipts() {
        return RECEIPTS;
    }

    public static List<Wording> all() {
        return List.of(CAR, RECEIPTS);
    }

    public static boolean isBuiltIn(String id) {
        return CAR_ID.equals(id) || RECEIPTS_ID.equals(id);
    }

    private static ReportProfile load(String id) {
        try (InputStream in = BuiltInProfiles.class.getResourceAsStream("/profiles/" + id + ".json")) {
            return ReportProfile.parse(new String(Objects.requireNonNull(in, id).readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
