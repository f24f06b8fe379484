package com.ccp.sample;

import com.ccp.sample.LateReceiptSet.Category;
import com.ccp.sample.LateReceiptSet.Change;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides the late receipt report: every earlier receipt again, one receipt id with a corrected
 * amount, late receipts for some employees with missing ones (first receipts for some CAR-only
 * employees, one CAR-only employee left still missing), and one new receipt-only employee.
 */
final class LateReceiptPlanner {

    record Plan(List<GeneratedEmployee> employees, List<Change> changes) {
    }

    private final SampleSet base;
    private final Random random;

    LateReceiptPlanner(SampleSet base) {
        this.base = base;
        this.random = new Random(base.spec().seed() * 7919 + 17);
    }

    Plan plan() {
        List<GeneratedEmployee> updated = new ArrayList<>();
        boolean amountChanged = false;
        boolean lateGiven = false;
        boolean carOnlyKept = false;
        for (GeneratedEmployee e : base.employees().stream()
                .sorted(Comparator.comparing(GeneratedEmployee::employeeId)).toList()) {
            List<SampleReceipt> receipts = new ArrayList<>(e.receipts());
            List<String> notes = new ArrayList<>(e.notes());
            if (!amountChanged) {
                amountChanged = correctAmount(e, receipts, notes);
            }
            List<SampleTransaction> unmatched = unmatched(e, receipts);
            boolean carOnly = e.inCar() && e.receipts().isEmpty();
            boolean give;
            if (carOnly) {
                give = carOnlyKept && random.nextInt(100) < 30;
                carOnlyKept = true;
            } else {
                give = !unmatched.isEmpty() && (!lateGiven || random.nextInt(100) < 40);
            }
            if (give && !unmatched.isEmpty()) {
                lateGiven |= !carOnly;
                for (SampleTransaction t : carOnly ? unmatched : List.of(unmatched.getFirst())) {
                    SampleReceipt late = new SampleReceipt(String.format("R-%s-%03d", e.employeeId(),
                            receipts.size() + 1), t.transDate(), merchantName(t.merchant()), null, "Late receipt",
                            null, t.amount(), 1 + random.nextInt(2), t.reference(), t.reference());
                    receipts.add(late);
                    notes.add("delta: late receipt " + late.id() + " for " + EmployeeDraft.US_DATE.format(t.transDate())
                            + " " + Money.car(t.amount()));
                }
            }
            String receiptName = e.receiptName() != null ? e.receiptName() : receiptName(e);
            updated.add(e.withReceipts(receipts.isEmpty() ? null : receiptName, receipts, e.misprint(), notes));
        }
        updated.add(newEmployee());
        updated.sort(Comparator.comparing(GeneratedEmployee::employeeId));
        List<Change> changes = updated.stream().map(this::change).toList();
        return new Plan(updated, changes);
    }

    /** An amount-differs receipt gets the amount of the transaction it was for, so it now matches. */
    private static boolean correctAmount(GeneratedEmployee e, List<SampleReceipt> receipts, List<String> notes) {
        Set<String> matched = receipts.stream().map(SampleReceipt::matchesReference).filter(r -> r != null)
                .collect(Collectors.toSet());
        for (int i = 0; i < receipts.size(); i++) {
            SampleReceipt r = receipts.get(i);
            if (r.forReference() == null || r.matchesReference() != null || matched.contains(r.forReference())) {
                continue;
            }
            SampleTransaction t = e.transactions().stream().filter(x -> x.reference().equals(r.forReference()))
                    .findFirst().orElseThrow();
            if (Math.abs(ChronoUnit.DAYS.between(t.transDate(), r.date())) <= 3) {
                receipts.set(i, r.withAmount(t.amount(), t.reference()));
                notes.add("delta: receipt " + r.id() + " amount changed from " + Money.receipt(r.amount()) + " to "
                        + Money.receipt(t.amount()) + "; it now matches the CAR transaction of "
                        + EmployeeDraft.US_DATE.format(t.transDate()));
                return true;
            }
        }
        return false;
    }

    private static List<SampleTransaction> unmatched(GeneratedEmployee e, List<SampleReceipt> receipts) {
        Set<String> matched = receipts.stream().map(SampleReceipt::matchesReference).filter(r -> r != null)
                .collect(Collectors.toSet());
        return e.transactions().stream().filter(t -> !matched.contains(t.reference())).toList();
    }

    private GeneratedEmployee newEmployee() {
        Set<String> ids = base.employees().stream().map(GeneratedEmployee::employeeId).collect(Collectors.toSet());
        Set<String> names = new HashSet<>();
        base.employees().forEach(e -> {
            names.add(Names.key(e.carName() != null ? e.carName() : ""));
            names.add(Names.key(e.receiptName() != null ? e.receiptName() : ""));
        });
        String id;
        do {
            id = String.format("%06d", random.nextInt(1_000_000));
        } while (ids.contains(id) || id.equals(EmployeePlanner.ZERO_ID));
        String last;
        String first;
        do {
            last = Catalog.pick(random, Catalog.LAST_NAMES);
            first = Catalog.pick(random, Catalog.FIRST_NAMES);
        } while (names.contains(Names.key(Names.carName(last, first, ""))));
        EmployeeDraft draft = new EmployeeDraft(id, last, first, "", Catalog.digits(random, 4),
                Catalog.pick(random, Catalog.COST_CENTERS));
        draft.inCar = false;
        draft.purchases.addAll(new ActivityFactory(random, base.spec().period(), new HashSet<>())
                .purchases(1 + random.nextInt(3), draft.usedAmounts));
        draft.note("new-employee", "only in the late receipt report, not in the CAR");
        return draft.freeze();
    }

    private Change change(GeneratedEmployee now) {
        GeneratedEmployee before = base.employees().stream().filter(e -> e.employeeId().equals(now.employeeId()))
                .findFirst().orElse(null);
        List<SampleReceipt> old = before != null ? before.receipts() : List.of();
        Set<String> oldIds = old.stream().map(SampleReceipt::id).collect(Collectors.toSet());
        List<String> added = now.receipts().stream().map(SampleReceipt::id).filter(id -> !oldIds.contains(id)).toList();
        List<String> changed = now.receipts().stream().filter(r -> old.stream()
                .anyMatch(o -> o.id().equals(r.id()) && o.amount().compareTo(r.amount()) != 0))
                .map(SampleReceipt::id).toList();
        var oldTotal = before != null ? before.receiptTotal() : Money.ZERO;
        Category category;
        if (!now.inCar() && old.isEmpty()) {
            category = Category.NEW_EMPLOYEE;
        } else if (now.inCar() && old.isEmpty() && now.receipts().isEmpty()) {
            category = Category.STILL_MISSING;
        } else if (oldTotal.compareTo(now.receiptTotal()) != 0) {
            category = Category.AMOUNT_CHANGED;
        } else {
            category = Category.NO_CHANGE;
        }
        return new Change(now.employeeId(), category, oldTotal, now.receiptTotal(),
                now.receiptTotal().subtract(oldTotal), old.size(), now.receipts().size(), added, changed);
    }

    private static String receiptName(GeneratedEmployee e) {
        String carName = e.carName() != null ? e.carName() : e.employeeId();
        int comma = carName.indexOf(", ");
        return comma < 0 ? Names.titleCase(carName)
                : Names.receiptName(carName.substring(0, comma), carName.substring(comma + 2), "");
    }

    /** A receipt-style merchant name from a CAR descriptor: {@code HOME DEPOT #4521 AUSTIN TX} gives Home Depot. */
    static String merchantName(String descriptor) {
        List<String> words = new ArrayList<>();
        for (String word : descriptor.split(" ")) {
            if (words.size() == 3 || word.chars().anyMatch(Character::isDigit) || word.startsWith("#")
                    || word.startsWith("*")) {
                break;
            }
            words.add(word);
        }
        String name = String.join(" ", words.isEmpty() ? Arrays.asList(descriptor.split(" ")).subList(0, 1) : words);
        return Names.titleCase(name.toUpperCase(Locale.ROOT));
    }
}
