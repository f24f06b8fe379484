package com.ccp.sample;

import static com.ccp.sample.EmployeeDraft.US_DATE;
import static com.ccp.sample.EmployeeDraft.describe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The per-purchase quirks of formats.md, each written down in the employee's notes. Every change
 * keeps the intended matching true under §3: amounts stay unique within the employee, so a
 * receipt can only ever match the transaction it was made for.
 */
final class Quirks {

    enum Uncoded { NO_LINES, EMPTY_LABEL, LEFT_OUT }

    private final Random random;
    private final ActivityFactory factory;

    Quirks(Random random, ActivityFactory factory) {
        this.random = random;
        this.factory = factory;
    }

    /** A purchase whose receipt and coding no other quirk has touched yet. */
    Purchase pickUntouched(EmployeeDraft draft) {
        List<Purchase> candidates = draft.purchases.stream()
                .filter(p -> p.hasReceipt && p.receiptAmount == null && p.receiptDayShift == 0
                        && p.attachmentPages > 0 && p.coding.coded() && p.amount.signum() > 0)
                .toList();
        return Catalog.pick(random, candidates.isEmpty() ? draft.purchases : candidates);
    }

    void dropReceipt(EmployeeDraft draft, Purchase p) {
        p.hasReceipt = false;
        draft.note("missing-receipt", "none for " + describe(p));
    }

    void noAttachment(EmployeeDraft draft, Purchase p) {
        p.attachmentPages = 0;
        draft.note("no-attachment", "receipt for " + describe(p) + " has Attachment: No");
    }

    void shiftDate(EmployeeDraft draft, Purchase p) {
        p.receiptDayShift = (1 + random.nextInt(3)) * (random.nextBoolean() ? 1 : -1);
        draft.note("date-off", "receipt dated " + p.receiptDate().format(US_DATE) + " for CAR "
                + p.date.format(US_DATE) + " " + Money.car(p.amount) + " (still matches)");
    }

    void differ(EmployeeDraft draft, Purchase p) {
        long cents = p.amount.movePointRight(2).longValueExact();
        while (true) {
            long delta = 100 + random.nextLong(Math.max(2, Math.abs(cents) / 5));
            BigDecimal changed = Money.cents(cents > 0 ? cents - delta : cents + delta);
            if (changed.signum() == p.amount.signum() && draft.usedAmounts.add(changed)
                    && draft.usedAmounts.add(changed.negate())) {
                p.receiptAmount = changed;
                break;
            }
        }
        draft.note("amount-differs", "receipt " + Money.receipt(p.receiptAmountOrAmount()) + " for CAR "
                + Money.car(p.amount) + " on " + p.date.format(US_DATE) + " (both stay unmatched)");
    }

    void uncode(EmployeeDraft draft, Purchase p, Uncoded how) {
        String job = Catalog.pick(random, Catalog.JOBS);
        String costType = String.valueOf(p.category.costTypes().charAt(0));
        String phase = Catalog.pick(random, Catalog.PHASES);
        switch (how) {
            case NO_LINES -> {
                p.coding = Coding.none();
                draft.note("uncoded", "no coding lines on " + describe(p));
            }
            case EMPTY_LABEL -> {
                p.coding = new Coding(job, null, costType, null, true);
                draft.note("uncoded", "incomplete job coding (empty Phase label) on " + describe(p));
            }
            case LEFT_OUT -> {
                boolean dropCostType = random.nextBoolean();
                p.coding = dropCostType ? new Coding(job, phase, null, null, false)
                        : new Coding(job, null, costType, null, false);
                draft.note("uncoded", "incomplete job coding (" + (dropCostType ? "Cost Type" : "Phase")
                        + " left out) on " + describe(p));
            }
        }
    }

    /** A second transaction of the same amount and merchant a day apart; only the first has a receipt. */
    void repeat(EmployeeDraft draft, Purchase p) {
        LocalDate twinDate = p.date.getDayOfMonth() < p.date.lengthOfMonth() ? p.date.plusDays(1) : p.date.minusDays(1);
        Purchase twin = factory.twin(p, twinDate);
        twin.hasReceipt = false;
        draft.purchases.add(twin);
        p.receiptDayShift = 0;
        draft.note("repeat-amount", "two " + Money.car(p.amount) + " " + p.carMerchant + " transactions ("
                + p.date.format(US_DATE) + ", " + twinDate.format(US_DATE) + "), one receipt dated "
                + p.date.format(US_DATE) + "; the " + twinDate.format(US_DATE) + " one stays unmatched");
    }

    Purchase credit(EmployeeDraft draft) {
        Purchase credit = factory.credit(draft.usedAmounts);
        draft.purchases.add(credit);
        draft.note("credit", "refund " + describe(credit) + " with receipt " + Money.receipt(credit.amount));
        return credit;
    }

    Purchase large(EmployeeDraft draft) {
        Purchase big = factory.purchase(Catalog.category("materials"), factory.amount(1_000_000, 1_500_000,
                draft.usedAmounts), factory.randomDate());
        draft.purchases.add(big);
        draft.note("thousands", "large amount " + describe(big));
        return big;
    }

    BigDecimal error() {
        BigDecimal error = Money.cents(100 + random.nextInt(50_000));
        return random.nextBoolean() ? error : error.negate();
    }
}
