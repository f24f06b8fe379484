package com.ccp.reconciliation;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The links the app proposes for what the rules left unmatched (formats.md §3, "Suggestions"):
 * <ul>
 *   <li>one receipt dated within {@value #NEAR_DAYS} days of a transaction whose amount is below the
 *   transaction's by at most 3% ({@code FX_FEE}), or by more than 3% and at most 30% ({@code TIP});</li>
 *   <li>two or three transactions, each dated within {@value #SPLIT_DAYS} days of one receipt, whose
 *   amounts add up to the receipt's to the cent, or two or three receipts within {@value #SPLIT_DAYS}
 *   days of one transaction that add up to it ({@code SPLIT_CHARGE}).</li>
 * </ul>
 * Only positive amounts are proposed: a credit is not a near miss of a charge. Never applied by itself.
 */
public final class LinkSuggestions {

    public static final int NEAR_DAYS = 3;
    public static final int SPLIT_DAYS = 7;
    private static final BigDecimal FX_PERCENT = BigDecimal.valueOf(3);
    private static final BigDecimal TIP_PERCENT = BigDecimal.valueOf(30);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Beyond this many parts within the window the three-part search is not worth its cost. */
    private static final int MAX_PARTS = 60;

    private LinkSuggestions() {
    }

    /** Every suggestion for these unmatched items, in the order of the transactions they start from. */
    public static List<Suggestion> suggest(List<CarTransaction> transactions, List<Receipt> receipts) {
        Map<String, Suggestion> found = new LinkedHashMap<>();
        for (CarTransaction t : transactions) {
            for (Receipt r : receipts) {
                near(t, r).ifPresent(s -> found.putIfAbsent(key(s), s));
            }
            for (List<Receipt> parts : splits(t.amount(), t.transDate(), receipts, Receipt::amount, Receipt::date)) {
                Suggestion s = new Suggestion(List.of(t.reference()),
                        parts.stream().map(Receipt::receiptId).toList(), LinkReason.SPLIT_CHARGE, Money.zero());
                found.putIfAbsent(key(s), s);
            }
            for (Receipt r : receipts) {
                for (List<CarTransaction> parts : splits(r.amount(), r.date(), transactions, CarTransaction::amount,
                        CarTransaction::transDate)) {
                    if (parts.get(0) == t) {
                        Suggestion s = new Suggestion(parts.stream().map(CarTransaction::reference).toList(),
                                List.of(r.receiptId()), LinkReason.SPLIT_CHARGE, Money.zero());
                        found.putIfAbsent(key(s), s);
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** FX_FEE or TIP for one transaction and one receipt, when the receipt is that much below it. */
    static java.util.Optional<Suggestion> near(CarTransaction t, Receipt r) {
        if (t.amount().signum() <= 0 || r.amount().signum() <= 0 || r.amount().compareTo(t.amount()) >= 0
                || days(t.transDate(), r.date()) > NEAR_DAYS) {
            return java.util.Optional.empty();
        }
        BigDecimal difference = t.amount().subtract(r.amount());
        BigDecimal percentOfCharge = difference.multiply(HUNDRED);
        LinkReason reason;
        if (percentOfCharge.compareTo(FX_PERCENT.multiply(t.amount())) <= 0) {
            reason = LinkReason.FX_FEE;
        } else if (percentOfCharge.compareTo(TIP_PERCENT.multiply(t.amount())) <= 0) {
            reason = LinkReason.TIP;
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Suggestion(List.of(t.reference()), List.of(r.receiptId()), reason,
                difference));
    }

    /** The sets of two or three parts near the target's date whose amounts add up to the target's. */
    private static <T> List<List<T>> splits(BigDecimal target, LocalDate date, List<T> items,
            Function<T, BigDecimal> amount, Function<T, LocalDate> dateOf) {
        if (target.signum() <= 0) {
            return List.of();
        }
        List<T> parts = items.stream()
                .filter(p -> amount.apply(p).signum() > 0 && amount.apply(p).compareTo(target) < 0)
                .filter(p -> days(date, dateOf.apply(p)) <= SPLIT_DAYS)
                .sorted(Comparator.comparingLong(p -> days(date, dateOf.apply(p))))
                .limit(MAX_PARTS)
                .sorted(Comparator.comparingInt(items::indexOf))
                .toList();
        List<List<T>> result = new ArrayList<>();
        int n = parts.size();
        for (int a = 0; a < n; a++) {
            BigDecimal first = amount.apply(parts.get(a));
            for (int b = a + 1; b < n; b++) {
                BigDecimal two = first.add(amount.apply(parts.get(b)));
                int cmp = two.compareTo(target);
                if (cmp == 0) {
                    result.add(List.of(parts.get(a), parts.get(b)));
                } else if (cmp < 0) {
                    for (int c = b + 1; c < n; c++) {
                        if (two.add(amount.apply(parts.get(c))).compareTo(target) == 0) {
                            result.add(List.of(parts.get(a), parts.get(b), parts.get(c)));
                        }
                    }
                }
            }
        }
        return result;
    }

    private static long days(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static String key(Suggestion s) {
        return String.join(",", s.transactions()) + "|" + String.join(",", s.receipts()) + "|" + s.reason();
    }
}
