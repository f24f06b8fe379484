package com.ccp.reconciliation;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the hints of formats.md §3: two charges of one cardholder with the same amount and merchant
 * text (case and runs of spaces ignored) at most {@value #DUPLICATE_DAYS} days apart, and two
 * receipts of the session with different Receipt IDs and the same merchant (case, spaces and
 * punctuation ignored), date and amount. One hint per pair.
 */
public final class HintFinder {

    public static final int DUPLICATE_DAYS = 3;

    /** One receipt with the employee it belongs to. */
    public record OwnedReceipt(String employeeId, Receipt receipt) {
    }

    private HintFinder() {
    }

    /** The possible duplicate charges among one cardholder's transactions, in CAR order. */
    public static List<Hint> duplicateCharges(String employeeId, List<CarTransaction> transactions) {
        List<Hint> hints = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            CarTransaction a = transactions.get(i);
            for (int j = i + 1; j < transactions.size(); j++) {
                CarTransaction b = transactions.get(j);
                if (a.amount().compareTo(b.amount()) == 0 && chargeMerchant(a.merchant()).equals(chargeMerchant(b.merchant()))
                        && Math.abs(ChronoUnit.DAYS.between(a.transDate(), b.transDate())) <= DUPLICATE_DAYS) {
                    String key = HintType.POSSIBLE_DUPLICATE_CHARGE + ":" + employeeId + ":" + a.reference() + "|"
                            + b.reference() + (a.reference().equals(b.reference()) ? "#" + i + "-" + j : "");
                    hints.add(new Hint(HintType.POSSIBLE_DUPLICATE_CHARGE, key, List.of(employeeId),
                            List.of(a.reference(), b.reference()), List.of(),
                            "Two charges of " + Money.format(a.amount()) + " at " + a.merchant() + " on "
                                    + Money.date(a.transDate()) + sameOr(a.transDate(), b.transDate())
                                    + " (references " + a.reference() + " and " + b.reference()
                                    + "): was the card charged twice?"));
                }
            }
        }
        return hints;
    }

    /** The receipts submitted twice across the session, by the first receipt's place in the list. */
    public static List<Hint> receiptsSubmittedTwice(List<OwnedReceipt> receipts) {
        Map<String, List<OwnedReceipt>> groups = new LinkedHashMap<>();
        for (OwnedReceipt owned : receipts) {
            Receipt r = owned.receipt();
            groups.computeIfAbsent(receiptMerchant(r.merchant()) + "|" + r.date() + "|"
                    + r.amount().stripTrailingZeros().toPlainString(), k -> new ArrayList<>()).add(owned);
        }
        List<Hint> hints = new ArrayList<>();
        for (List<OwnedReceipt> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    OwnedReceipt a = group.get(i);
                    OwnedReceipt b = group.get(j);
                    if (!a.receipt().receiptId().equals(b.receipt().receiptId())) {
                        hints.add(twice(a, b));
                    }
                }
            }
        }
        return hints;
    }

    private static Hint twice(OwnedReceipt a, OwnedReceipt b) {
        Receipt r = a.receipt();
        boolean sameEmployee = a.employeeId().equals(b.employeeId());
        String who = sameEmployee ? "both submitted by employee " + a.employeeId()
                : "submitted by employees " + a.employeeId() + " and " + b.employeeId();
        return new Hint(HintType.RECEIPT_SUBMITTED_TWICE, HintType.RECEIPT_SUBMITTED_TWICE + ":"
                + a.receipt().receiptId() + "|" + b.receipt().receiptId(),
                sameEmployee ? List.of(a.employeeId()) : List.of(a.employeeId(), b.employeeId()), List.of(),
                List.of(a.receipt().receiptId(), b.receipt().receiptId()),
                "Receipts " + a.receipt().receiptId() + " and " + b.receipt().receiptId() + " are both "
                        + r.merchant() + " " + Money.format(r.amount()) + " on " + Money.date(r.date()) + ", " + who
                        + ": the same receipt submitted twice?");
    }

    private static String sameOr(LocalDate a, LocalDate b) {
        return a.equals(b) ? " (both that day)" : " and " + Money.date(b);
    }

    /** Case and runs of spaces ignored. */
    static String chargeMerchant(String merchant) {
        return merchant.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Case, spaces and punctuation ignored: only letters and digits count. */
    static String receiptMerchant(String merchant) {
        StringBuilder key = new StringBuilder();
        merchant.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
