package com.ccp.sample;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The duplicates a month holds besides the planted ones, written into the truth: the repeat among
 * the quirk bundles, and receipts that twin by chance.
 */
final class NearMissTruth {

    private NearMissTruth() {
    }

    /** A planned repeat among the quirk bundles is a possible duplicate charge as well. */
    static GeneratedEmployee noteRepeats(GeneratedEmployee e) {
        List<String> notes = new ArrayList<>();
        List<SampleTransaction> ts = e.transactions();
        for (int a = 0; a < ts.size(); a++) {
            for (int b = a + 1; b < ts.size(); b++) {
                SampleTransaction x = ts.get(a);
                SampleTransaction y = ts.get(b);
                if (x.amount().compareTo(y.amount()) == 0 && x.merchant().equals(y.merchant())
                        && Math.abs(ChronoUnit.DAYS.between(x.transDate(), y.transDate())) <= 3) {
                    notes.add(new NearMiss("POSSIBLE_DUPLICATE_CHARGE", List.of(e.employeeId()),
                            List.of(x.reference(), y.reference()), List.of(), Money.ZERO).note());
                }
            }
        }
        if (notes.isEmpty()) {
            return e;
        }
        List<String> all = new ArrayList<>(e.notes());
        all.addAll(notes);
        return new GeneratedEmployee(e.employeeId(), e.carName(), e.receiptName(), e.receiptShowsId(), e.splitBlocks(),
                e.cardLast4(), e.costCenter(), e.transactions(), e.receipts(), e.misprint(), all);
    }

    /**
     * Two employees may buy the same at the same store on one day by chance: that is a receipt
     * submitted twice to the rules as well, so the truth names it (formats.md §3: merchant with case,
     * spaces and punctuation ignored, same date, same amount).
     */
    static List<GeneratedEmployee> noteCoincidences(List<GeneratedEmployee> employees) {
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        for (GeneratedEmployee e : employees) {
            for (SampleReceipt r : e.receipts()) {
                String key = r.merchant().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "") + "|"
                        + r.date() + "|" + r.amount().stripTrailingZeros().toPlainString();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {e.employeeId(), r.id()});
            }
        }
        Set<NearMiss> planted = new HashSet<>(NearMiss.of(employees));
        Map<String, List<String>> notes = new HashMap<>();
        for (List<String[]> group : groups.values()) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    String[] x = group.get(a);
                    String[] y = group.get(b);
                    List<String> owners = x[0].equals(y[0]) ? List.of(x[0]) : List.of(x[0], y[0]);
                    NearMiss twice = new NearMiss("RECEIPT_SUBMITTED_TWICE", owners, List.of(), List.of(x[1], y[1]),
                            Money.ZERO);
                    NearMiss reversed = new NearMiss("RECEIPT_SUBMITTED_TWICE", owners.reversed(), List.of(),
                            List.of(y[1], x[1]), Money.ZERO);
                    if (!planted.contains(twice) && !planted.contains(reversed)) {
                        owners.forEach(owner -> notes.computeIfAbsent(owner, k -> new ArrayList<>())
                                .add(twice.note() + " (by chance: the same purchase at the same store on one day)"));
                    }
                }
            }
        }
        if (notes.isEmpty()) {
            return employees;
        }
        return employees.stream().map(e -> {
            List<String> more = notes.get(e.employeeId());
            if (more == null) {
                return e;
            }
            List<String> all = new ArrayList<>(e.notes());
            all.addAll(more);
            return new GeneratedEmployee(e.employeeId(), e.carName(), e.receiptName(), e.receiptShowsId(),
                    e.splitBlocks(), e.cardLast4(), e.costCenter(), e.transactions(), e.receipts(), e.misprint(), all);
        }).toList();
    }
}
