package com.ccp.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A near miss or duplicate planted on purpose, and what the app should make of it (formats.md §3):
 * a suggestion ({@code TIP}, {@code FX_FEE}, {@code SPLIT_CHARGE}, with the difference) or a hint
 * ({@code POSSIBLE_DUPLICATE_CHARGE}, {@code RECEIPT_SUBMITTED_TWICE}). It is written into the notes
 * of the employees concerned as {@code near-miss: KIND t=REF,REF r=ID,ID e=ID,ID d=0.00}, so it
 * travels with the truth and can be read back with {@link #of(List)}.
 */
public record NearMiss(String kind, List<String> employeeIds, List<String> transactions, List<String> receipts,
        BigDecimal difference) {

    static final String NOTE = "near-miss: ";

    public NearMiss {
        employeeIds = List.copyOf(employeeIds);
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
    }

    public boolean hint() {
        return kind.equals("POSSIBLE_DUPLICATE_CHARGE") || kind.equals("RECEIPT_SUBMITTED_TWICE");
    }

    String note() {
        return NOTE + kind + " t=" + String.join(",", transactions) + " r=" + String.join(",", receipts) + " e="
                + String.join(",", employeeIds) + " d=" + difference.toPlainString();
    }

    /** Every near miss planted in a generated month (one naming two employees is listed once). */
    public static List<NearMiss> of(List<GeneratedEmployee> employees) {
        List<NearMiss> found = new ArrayList<>();
        for (GeneratedEmployee e : employees) {
            for (String note : e.notes()) {
                if (note.startsWith(NOTE)) {
                    NearMiss miss = parse(note.substring(NOTE.length()));
                    if (!found.contains(miss)) {
                        found.add(miss);
                    }
                }
            }
        }
        return found;
    }

    private static NearMiss parse(String text) {
        String[] parts = text.split(" ");
        return new NearMiss(parts[0], list(parts[3]), list(parts[1]), list(parts[2]), new BigDecimal(parts[4].substring(2)));
    }

    private static List<String> list(String part) {
        String values = part.substring(2);
        return values.isEmpty() ? List.of() : Arrays.asList(values.split(","));
    }
}
