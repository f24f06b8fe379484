package com.ccp.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Decides every employee of a month. The first eight employees each carry a fixed bundle of
 * quirks (so any set of eight or more has every quirk of formats.md); the rest are ordinary
 * employees, most of them clean, a few with a random issue.
 */
final class EmployeePlanner {

    static final String SHORT_ID = "4355";
    static final String ZERO_ID = "004355";

    private enum Role { BIG, MISSING_ID, LEADING_ZERO, ACCENT, DUP_NO_ATTACHMENT, DUP_REPEAT, CAR_ONLY, RECEIPT_ONLY }

    private final SampleSpec spec;
    private final Random random;
    private final ActivityFactory factory;
    private final Quirks quirks;
    private final Set<String> ids = new HashSet<>(Set.of(SHORT_ID, ZERO_ID));
    private final Set<String> nameKeys = new HashSet<>();

    EmployeePlanner(SampleSpec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
        this.factory = new ActivityFactory(random, spec.period(), new HashSet<>());
        this.quirks = new Quirks(random, factory);
    }

    List<GeneratedEmployee> plan() {
        List<EmployeeDraft> drafts = new ArrayList<>();
        Role[] roles = Role.values();
        for (int i = 0; i < spec.employees(); i++) {
            drafts.add(i < roles.length ? role(roles[i], drafts) : regular());
        }
        List<GeneratedEmployee> planned = new NearMissPlanner(spec)
                .plant(drafts.stream().map(EmployeeDraft::freeze).toList(), roles.length);
        return planned.stream().sorted(Comparator.comparing(GeneratedEmployee::employeeId)).toList();
    }

    private EmployeeDraft role(Role role, List<EmployeeDraft> earlier) {
        return switch (role) {
            case BIG -> {
                EmployeeDraft d = draft(randomId(), List.of("O'BRIEN", "O'NEIL", "D'AMICO", "O'DONNELL"), false);
                d.note("name-punct", "apostrophe in name");
                d.purchases.addAll(factory.purchases(26 + random.nextInt(8), d.usedAmounts));
                quirks.large(d);
                quirks.credit(d);
                quirks.shiftDate(d, quirks.pickUntouched(d));
                quirks.shiftDate(d, quirks.pickUntouched(d));
                quirks.noAttachment(d, quirks.pickUntouched(d));
                d.receiptTotalError = quirks.error();
                yield d;
            }
            case MISSING_ID -> {
                EmployeeDraft d = draft(randomId(), Catalog.LAST_NAMES, false);
                d.receiptShowsId = false;
                d.note("missing-id", "receipt section has no Employee ID line; linked by the name "
                        + d.receiptName() + ", unique among cardholders");
                d.purchases.addAll(factory.purchases(36 + random.nextInt(8), d.usedAmounts));
                d.countError = 1;
                quirks.shiftDate(d, quirks.pickUntouched(d));
                // long descriptions everywhere, so the CAR writer can split any block it chooses
                d.purchases.forEach(p -> p.description = factory.longDescription(
                        Catalog.pick(random, p.category.descriptions()), true));
                d.splitBlocks = true;
                yield d;
            }
            case LEADING_ZERO -> {
                EmployeeDraft d = draft(ZERO_ID, List.of("DE LA CRUZ", "DE LA ROSA", "VAN DER MEER"), false);
                d.note("name-punct", "multi-word last name");
                d.note("leading-zero", "ID 004355; 4355 is a different employee");
                d.purchases.addAll(factory.purchases(1, d.usedAmounts));
                d.note("one-transaction", "counts printed literally: (1 transactions), Receipts: 1");
                yield d;
            }
            case ACCENT -> {
                EmployeeDraft d = draft(SHORT_ID, List.of("NUÑEZ", "IBÁÑEZ", "PEÑA", "MUÑOZ"), true);
                d.note("name-punct", "accents in name");
                d.note("leading-zero", "ID 4355; 004355 is a different employee");
                d.purchases.addAll(factory.purchases(3 + random.nextInt(3), d.usedAmounts));
                quirks.uncode(d, quirks.pickUntouched(d), Quirks.Uncoded.NO_LINES);
                yield d;
            }
            case DUP_NO_ATTACHMENT -> {
                // an ID sorting before 4355, so another receipt section follows this one
                String id = uniqueId(String.format("%06d", random.nextInt(400_000)));
                EmployeeDraft d = draft(id, Catalog.LAST_NAMES, false);
                d.purchases.addAll(factory.purchases(3, d.usedAmounts));
                quirks.dropReceipt(d, d.purchases.get(random.nextInt(3)));
                d.purchases.forEach(p -> p.attachmentPages = 0);
                d.note("no-attachment", "every receipt has Attachment: No, so no image pages");
                yield d;
            }
            case DUP_REPEAT -> {
                EmployeeDraft twin = earlier.get(Role.DUP_NO_ATTACHMENT.ordinal());
                EmployeeDraft d = new EmployeeDraft(randomId(), twin.last, twin.first, twin.middle, last4(),
                        Catalog.pick(random, Catalog.COST_CENTERS));
                d.note("dup-name", "same name as employee " + twin.employeeId);
                twin.note("dup-name", "same name as employee " + d.employeeId);
                d.purchases.addAll(factory.purchases(14 + random.nextInt(8), d.usedAmounts));
                Purchase fuel = factory.purchase(Catalog.category("fuel"), d.usedAmounts);
                d.purchases.add(fuel);
                quirks.repeat(d, fuel);
                quirks.differ(d, quirks.pickUntouched(d));
                yield d;
            }
            case CAR_ONLY -> {
                EmployeeDraft d = draft(randomId(), List.of("MARTINEZ-RUIZ", "SMITH-JONES", "GARCIA-LOPEZ"), false);
                d.note("name-punct", "hyphen in name");
                d.note("car-only", "in the CAR, no receipts at all");
                d.purchases.addAll(factory.purchases(3 + random.nextInt(3), d.usedAmounts));
                quirks.uncode(d, quirks.pickUntouched(d), Quirks.Uncoded.EMPTY_LABEL);
                d.purchases.forEach(p -> p.hasReceipt = false);
                yield d;
            }
            case RECEIPT_ONLY -> receiptOnly();
        };
    }

    private EmployeeDraft receiptOnly() {
        EmployeeDraft d = draft(randomId(), Catalog.LAST_NAMES, false);
        d.inCar = false;
        d.note("receipt-only", "receipts for an Employee ID that is not in the CAR");
        d.purchases.addAll(factory.purchases(1 + random.nextInt(3), d.usedAmounts));
        return d;
    }

    private EmployeeDraft regular() {
        int roll = random.nextInt(1000);
        if (roll < 5) {
            return receiptOnly();
        }
        List<String> lastNames = random.nextInt(100) < 4 ? Catalog.UNUSUAL_LAST_NAMES : Catalog.LAST_NAMES;
        EmployeeDraft d = draft(randomId(), lastNames, random.nextInt(100) < 3);
        int count = random.nextInt(10) == 0 ? 25 + random.nextInt(16) : 2 + random.nextInt(24);
        d.purchases.addAll(factory.purchases(count, d.usedAmounts));
        if (random.nextInt(100) < 15) {
            quirks.credit(d);
        }
        if (roll < 25) {
            d.purchases.forEach(p -> p.hasReceipt = false);
            d.note("car-only", "in the CAR, no receipts at all");
            return d;
        }
        if (random.nextInt(100) < 7) {
            quirks.dropReceipt(d, quirks.pickUntouched(d));
        }
        if (random.nextInt(100) < 4) {
            quirks.uncode(d, quirks.pickUntouched(d), Catalog.pick(random, List.of(Quirks.Uncoded.values())));
        }
        if (random.nextInt(100) < 4) {
            quirks.noAttachment(d, quirks.pickUntouched(d));
        }
        if (random.nextInt(100) < 2) {
            quirks.differ(d, quirks.pickUntouched(d));
        }
        for (Purchase p : List.copyOf(d.purchases)) {
            if (p.hasReceipt && p.receiptAmount == null && p.receiptDayShift == 0 && random.nextInt(100) < 3) {
                quirks.shiftDate(d, p);
            }
        }
        if (random.nextInt(100) < 1) {
            if (random.nextBoolean()) {
                d.carTotalError = quirks.error();
            } else {
                d.receiptCountError = -1;
            }
        }
        return d;
    }

    private EmployeeDraft draft(String id, List<String> lastNames, boolean accentedFirst) {
        while (true) {
            String last = Catalog.pick(random, lastNames);
            String first = Catalog.pick(random, accentedFirst ? Catalog.ACCENTED_FIRST_NAMES : Catalog.FIRST_NAMES);
            String middle = random.nextInt(100) < 35 ? String.valueOf((char) ('A' + random.nextInt(26))) : "";
            if (nameKeys.add(Names.key(Names.carName(last, first, middle)))) {
                return new EmployeeDraft(id, last, first, middle, last4(), Catalog.pick(random, Catalog.COST_CENTERS));
            }
        }
    }

    private String randomId() {
        while (true) {
            String id = String.format("%06d", random.nextInt(1_000_000));
            if (ids.add(id)) {
                return id;
            }
        }
    }

    private String uniqueId(String candidate) {
        return ids.add(candidate) ? candidate : uniqueId(String.format("%06d", random.nextInt(400_000)));
    }

    private String last4() {
        return Catalog.digits(random, 4);
    }
}
