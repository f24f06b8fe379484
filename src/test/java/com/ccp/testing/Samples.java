package com.ccp.testing;

import com.ccp.sample.LateReceiptSet;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSets;
import com.ccp.sample.SampleSpec;
import com.ccp.sample.SampleWording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Generated report sets, made once per test JVM under target/samples. */
public final class Samples {

    private static final Map<SampleSpec, SampleSet> CACHE = new ConcurrentHashMap<>();

    private Samples() {
    }

    public static SampleSet of(SampleSpec spec) {
        return CACHE.computeIfAbsent(spec, s -> {
            Path dir = Path.of("target", "samples", s.layout().name().toLowerCase() + "-" + s.employees() + "-" + s.seed()
                    + (s.wording() == SampleWording.STANDARD ? "" : "-" + s.wording().name().toLowerCase()));
            try {
                return SampleSets.generate(s, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final Map<SampleSpec, LateReceiptSet> LATE = new ConcurrentHashMap<>();

    /** The late receipt report (receipts-v2) of a generated set, with the truth after merging it. */
    public static LateReceiptSet late(SampleSpec spec) {
        return LATE.computeIfAbsent(spec, s -> {
            SampleSet base = of(s);
            try {
                return SampleSets.generateLateReceipts(base, base.car().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A small STANDARD set with every quirk. */
    public static SampleSet small() {
        return of(SampleSpec.standard(11, 10));
    }
}
