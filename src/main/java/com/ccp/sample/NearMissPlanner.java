package com.ccp.sample;

import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plants the near misses a clerk links and the duplicates an auditor questions (formats.md §3) on
 * ordinary employees of a planned month, after their quirks: a receipt without the tip, one without
 * the card's FX fee, an order charged in two parts with one receipt, a charge made twice, and a
 * receipt submitted twice (by one employee, and by two). The first ordinary employees that can take
 * one get one kind each, twice round; later ones now and then. Its own random stream leaves every
 * other decision of the month as it was.
 */
final class NearMissPlanner {

    private enum Kind { TIP, FX_FEE, SPLIT_CHARGE, POSSIBLE_DUPLICATE_CHARGE, RECEIPT_TWICE, RECEIPT_TWICE_ACROSS }

    private static final int ROUNDS = 2;
    private static final int LATER_PERCENT = 2;

    private final Random random;
    private final YearMonth period;
    private final Set<String> references = new HashSet<>();

    NearMissPlanner(SampleSpec spec) {
        this.random = new Random(spec.seed() * 31 + 7);
        this.period = spec.period();
    }

    /**
     * The employees with near misses planted on those from {@code firstOrdinary} on (the earlier ones
     * carry the fixed quirk bundles); a planned duplicate charge among the earlier ones is noted too.
     */
    List<GeneratedEmployee> plant(List<GeneratedEmployee> planned, int firstOrdinary) {
        planned.forEach(e -> e.transactions().forEach(t -> references.add(t.reference())));
        List<GeneratedEmployee> result = new ArrayList<>(planned);
        for (int i = 0; i < Math.min(firstOrdinary, result.size()); i++) {
            result.set(i, NearMissTruth.noteRepeats(result.get(i)));
        }
        Kind[] kinds = Kind.values();
        int next = 0;
        for (int i = firstOrdinary; i < result.size(); i++) {
            boolean fixed = next < kinds.length * ROUNDS;
            if (!fixed && random.nextInt(100) >= LATER_PERCENT) {
                continue;
            }
            Kind kind = fixed ? kinds[next % kinds.length] : kinds[random.nextInt(kinds.length)];
            GeneratedEmployee e = result.get(i);
            SampleReceipt pair = pickMatched(e);
            if (pair == null) {
                continue;
            }
            if (kind == Kind.RECEIPT_TWICE_ACROSS) {
                int other = otherWithReceipts(result, i, firstOrdinary);
                if (other < 0) {
                    continue;
                }
                result.set(other, copyReceiptTo(result.get(other), e, pair));
            } else {
                result.set(i, plant(kind, e, pair));
            }
            next++;
        }
        return NearMissTruth.noteCoincidences(result);
    }

    private GeneratedEmployee plant(Kind kind, GeneratedEmployee e, SampleReceipt pair) {
        SampleTransaction t = transaction(e, pair.matchesReference());
        return switch (kind) {
            case TIP -> lower(e, pair, t, "TIP", 15, 22);
            case FX_FEE -> lower(e, pair, t, "FX_FEE", 1, 3);
            case SPLIT_CHARGE -> split(e, pair, t);
            case POSSIBLE_DUPLICATE_CHARGE -> chargeTwice(e, t);
            case RECEIPT_TWICE -> receiptTwice(e, pair);
            case RECEIPT_TWICE_ACROSS -> throw new IllegalStateException("planted on two employees");
        };
    }

    /** The receipt is the charge without a tip (or FX fee) of {@code minPercent}–{@code maxPercent} % on top. */
    private GeneratedEmployee lower(GeneratedEmployee e, SampleReceipt pair, SampleTransaction t, String kind,
            int minPercent, int maxPercent) {
        Set<BigDecimal> taken = amounts(e);
        BigDecimal lowered;
        int tries = 0;
        do {
            double percent = minPercent + random.nextDouble() * (maxPercent - minPercent);
            lowered = t.amount().divide(BigDecimal.valueOf(1 + percent / 100), 2, RoundingMode.HALF_UP);
        } while (taken.contains(lowered) && ++tries < 20);
        if (taken.contains(lowered) || lowered.compareTo(t.amount()) >= 0) {
            return e;
        }
        List<SampleReceipt> receipts = replace(e.receipts(), pair, pair.withAmount(lowered, null));
        NearMiss miss = new NearMiss(kind, List.of(e.employeeId()), List.of(t.reference()), List.of(pair.id()),
                t.amount().subtract(lowered));
        return with(e, e.transactions(), receipts, miss.note() + " (" + (kind.equals("TIP") ? "meal charged with the tip"
                : "foreign charge with the card's FX fee") + ": receipt " + Money.receipt(lowered) + " for CAR "
                + Money.car(t.amount()) + ")");
    }

    /** The order is charged in two parts, two days apart; the one receipt is for the whole order. */
    private GeneratedEmployee split(GeneratedEmployee e, SampleReceipt pair, SampleTransaction t) {
        Set<BigDecimal> taken = amounts(e);
        BigDecimal first = t.amount().multiply(BigDecimal.valueOf(55 + random.nextInt(20)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal second = t.amount().subtract(first);
        LocalDate later = shifted(t.transDate(), 2);
        if (t.amount().compareTo(new BigDecimal("20.00")) < 0 || taken.contains(first) || taken.contains(second)
                || first.compareTo(second) == 0 || later == null) {
            return e;
        }
        SampleTransaction one = new SampleTransaction(t.transDate(), t.postDate(), t.reference(), t.merchant(), first,
                t.coding(), t.description());
        SampleTransaction two = new SampleTransaction(later, postDate(later), reference(later), t.merchant(), second,
                t.coding(), t.description());
        List<SampleTransaction> transactions = new ArrayList<>(replace(e.transactions(), t, one));
        transactions.add(two);
        List<SampleReceipt> receipts = replace(e.receipts(), pair, pair.withAmount(pair.amount(), null));
        NearMiss miss = new NearMiss("SPLIT_CHARGE", List.of(e.employeeId()), List.of(one.reference(), two.reference()),
                List.of(pair.id()), Money.ZERO);
        return with(e, transactions, receipts, miss.note() + " (order charged in two parts "
                + Money.car(first) + " + " + Money.car(second) + ", one receipt " + Money.receipt(pair.amount()) + ")");
    }

    /** The same charge again the next day, with no receipt of its own. */
    private GeneratedEmployee chargeTwice(GeneratedEmployee e, SampleTransaction t) {
        LocalDate next = shifted(t.transDate(), 1);
        if (next == null) {
            return e;
        }
        SampleTransaction twin = new SampleTransaction(next, postDate(next), reference(next), t.merchant(), t.amount(),
                t.coding(), t.description());
        List<SampleTransaction> transactions = new ArrayList<>(e.transactions());
        transactions.add(twin);
        NearMiss miss = new NearMiss("POSSIBLE_DUPLICATE_CHARGE", List.of(e.employeeId()),
                List.of(t.reference(), twin.reference()), List.of(), Money.ZERO);
        return with(e, transactions, e.receipts(), miss.note() + " (charged twice: " + Money.car(t.amount()) + " "
                + t.merchant() + ", the second stays unmatched)");
    }

    /** The same receipt again under a new Receipt ID. */
    private GeneratedEmployee receiptTwice(GeneratedEmployee e, SampleReceipt pair) {
        SampleReceipt copy = copy(e, pair);
        List<SampleReceipt> receipts = new ArrayList<>(e.receipts());
        receipts.add(receipts.indexOf(pair) + 1, copy);
        NearMiss miss = new NearMiss("RECEIPT_SUBMITTED_TWICE", List.of(e.employeeId()), List.of(),
                List.of(pair.id(), copy.id()), Money.ZERO);
        return with(e, e.transactions(), receipts, miss.note() + " (receipt submitted twice; one stays unmatched)");
    }

    /** Another employee submits a copy of {@code owner}'s receipt. */
    private GeneratedEmployee copyReceiptTo(GeneratedEmployee other, GeneratedEmployee owner, SampleReceipt pair) {
        SampleReceipt copy = copy(other, pair);
        List<SampleReceipt> receipts = new ArrayList<>(other.receipts());
        receipts.add(copy);
        receipts.sort(Comparator.comparing(SampleReceipt::date));
        NearMiss miss = new NearMiss("RECEIPT_SUBMITTED_TWICE", List.of(owner.employeeId(), other.employeeId()),
                List.of(), List.of(pair.id(), copy.id()), Money.ZERO);
        return with(other, other.transactions(), receipts, miss.note() + " (a copy of " + owner.employeeId()
                + "'s receipt; it stays unmatched)");
    }

    private SampleReceipt copy(GeneratedEmployee to, SampleReceipt r) {
        String id = String.format("R-%s-%03d", to.employeeId(), to.receipts().size() + 1);
        return new SampleReceipt(id, r.date(), r.merchant(), r.address(), r.title(), r.purpose(), r.amount(),
                Math.max(1, r.attachmentPages()), null, null);
    }

    /** A receipt matched to a positive charge dated on its day, with an image: one a near miss can be made of. */
    private static @Nullable SampleReceipt pickMatched(GeneratedEmployee e) {
        if (!e.inCar() || !e.inReceipts() || !e.misprint().equals(GeneratedEmployee.Misprint.none())) {
            return null;
        }
        for (SampleReceipt r : e.receipts()) {
            if (r.matchesReference() == null || r.attachmentPages() == 0 || r.amount().compareTo(BigDecimal.TEN) < 0) {
                continue;
            }
            SampleTransaction t = transaction(e, r.matchesReference());
            if (t.transDate().equals(r.date())) {
                return r;
            }
        }
        return null;
    }

    private static int otherWithReceipts(List<GeneratedEmployee> employees, int except, int firstOrdinary) {
        for (int j = firstOrdinary; j < employees.size(); j++) {
            GeneratedEmployee e = employees.get(j);
            if (j != except && e.inCar() && e.inReceipts() && e.misprint().equals(GeneratedEmployee.Misprint.none())) {
                return j;
            }
        }
        return -1;
    }

    private static SampleTransaction transaction(GeneratedEmployee e, String reference) {
        return e.transactions().stream().filter(t -> t.reference().equals(reference)).findFirst().orElseThrow();
    }

    /** Every amount of the employee, either sign, so no planted amount can match anything by the rules. */
    private static Set<BigDecimal> amounts(GeneratedEmployee e) {
        Set<BigDecimal> amounts = new HashSet<>();
        e.transactions().forEach(t -> {
            amounts.add(t.amount());
            amounts.add(t.amount().negate());
        });
        e.receipts().forEach(r -> {
            amounts.add(r.amount());
            amounts.add(r.amount().negate());
        });
        return amounts;
    }

    private static <T> List<T> replace(List<T> items, T old, T now) {
        List<T> copy = new ArrayList<>(items);
        copy.set(copy.indexOf(old), now);
        return copy;
    }

    private GeneratedEmployee with(GeneratedEmployee e, List<SampleTransaction> transactions,
            List<SampleReceipt> receipts, String note) {
        List<SampleTransaction> sorted = new ArrayList<>(transactions);
        sorted.sort(Comparator.comparing(SampleTransaction::transDate).thenComparing(SampleTransaction::postDate));
        List<String> notes = new ArrayList<>(e.notes());
        notes.add(note);
        return new GeneratedEmployee(e.employeeId(), e.carName(), e.receiptName(), e.receiptShowsId(), e.splitBlocks(),
                e.cardLast4(), e.costCenter(), sorted, receipts, e.misprint(), notes);
    }

    private @Nullable LocalDate shifted(LocalDate date, int days) {
        LocalDate later = date.plusDays(days);
        if (!later.isAfter(period.atEndOfMonth())) {
            return later;
        }
        LocalDate earlier = date.minusDays(days);
        return earlier.isBefore(period.atDay(1)) ? null : earlier;
    }

    private LocalDate postDate(LocalDate date) {
        LocalDate post = date.plusDays(1);
        return post.isAfter(period.atEndOfMonth()) ? date : post;
    }

    /** A reference in the issuer's form, unique in the month. */
    private String reference(LocalDate date) {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                digits.append(random.nextInt(10));
            }
            String reference = "24" + digits.substring(0, 5) + (date.getYear() % 10)
                    + String.format("%03d", date.getDayOfYear()) + digits.substring(5);
            if (references.add(reference)) {
                return reference;
            }
        }
    }
}
