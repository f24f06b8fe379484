package com.ccp.reconciliation;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates one employee (formats.md §3) from data that can be stored and re-read, so that a later
 * receipt upload can re-run it: matching, then one finding per issue.
 */
public final class EmployeeValidator {

    /**
     * What validation needs. {@code integrityFindings} are the FILE_INTEGRITY findings of the parse
     * (see {@link IntegrityFindings}), passed through unchanged. The linked references and Receipt
     * IDs are what a clerk's links hold: the rules match only what the links leave, and a linked
     * transaction keeps its MISSING_RECEIPT finding (the link resolves it as LINKED).
     */
    public record Input(List<CarTransaction> transactions, List<Receipt> receipts, boolean inCar,
                        boolean hasReceiptSection, List<Finding> integrityFindings, Set<String> linkedReferences,
                        Set<String> linkedReceiptIds) {

        public Input {
            transactions = List.copyOf(transactions);
            receipts = List.copyOf(receipts);
            integrityFindings = List.copyOf(integrityFindings);
            linkedReferences = Set.copyOf(linkedReferences);
            linkedReceiptIds = Set.copyOf(linkedReceiptIds);
        }

        public Input(List<CarTransaction> transactions, List<Receipt> receipts, boolean inCar,
                     boolean hasReceiptSection, List<Finding> integrityFindings) {
            this(transactions, receipts, inCar, hasReceiptSection, integrityFindings, Set.of(), Set.of());
        }
    }

    /** One match per transaction (input order) and the findings sorted by flag. */
    public record Result(List<TransactionMatch> transactions, List<Finding> findings) {

        public Result {
            transactions = List.copyOf(transactions);
            findings = List.copyOf(findings);
        }
    }

    private EmployeeValidator() {
    }

    public static Result validate(Input input) {
        List<TransactionMatch> matches = matchWhatLinksLeave(input);
        List<Finding> findings = new ArrayList<>(input.integrityFindings());
        for (TransactionMatch match : matches) {
            if (!match.matched()) {
                findings.add(missingReceipt(match));
            }
            if (!match.transaction().coded()) {
                findings.add(missingCoding(match.transaction()));
            }
        }
        for (Receipt receipt : input.receipts()) {
            if (!receipt.attachment()) {
                findings.add(new Finding(Flag.MISSING_ATTACHMENT, "MISSING_ATTACHMENT:" + receipt.receiptId(),
                        "Receipt " + describe(receipt) + " has no attachment (Attachment: No).", null));
            }
        }
        BigDecimal carTotal = sum(input.transactions().stream().map(CarTransaction::amount).toList());
        BigDecimal receiptTotal = sum(input.receipts().stream().map(Receipt::amount).toList());
        if (!input.inCar() && input.hasReceiptSection()) {
            findings.add(new Finding(Flag.RECEIPT_WITHOUT_CARDHOLDER, "RECEIPT_WITHOUT_CARDHOLDER",
                    count(input.receipts().size(), "receipt") + " totalling " + Money.format(receiptTotal)
                            + " for an employee who is not a cardholder in the CAR.", null));
        }
        if (carTotal.compareTo(receiptTotal) != 0) {
            findings.add(totalMismatch(input, carTotal, receiptTotal));
        }
        return new Result(matches, uniqueKeys(sortedByFlag(findings)));
    }

    /** One match per transaction in input order; a linked transaction is unmatched by the rules, without candidates. */
    private static List<TransactionMatch> matchWhatLinksLeave(Input input) {
        if (input.linkedReferences().isEmpty() && input.linkedReceiptIds().isEmpty()) {
            return ReceiptMatcher.match(input.transactions(), input.receipts());
        }
        List<CarTransaction> free = input.transactions().stream()
                .filter(t -> !input.linkedReferences().contains(t.reference())).toList();
        List<Receipt> freeReceipts = input.receipts().stream()
                .filter(r -> !input.linkedReceiptIds().contains(r.receiptId())).toList();
        java.util.Iterator<TransactionMatch> freeMatches = ReceiptMatcher.match(free, freeReceipts).iterator();
        List<TransactionMatch> matches = new ArrayList<>();
        for (CarTransaction t : input.transactions()) {
            matches.add(input.linkedReferences().contains(t.reference()) ? new TransactionMatch(t, null, List.of())
                    : freeMatches.next());
        }
        return matches;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.zero(), BigDecimal::add);
    }

    private static Finding missingReceipt(TransactionMatch match) {
        CarTransaction t = match.transaction();
        String detail = "No receipt for " + describe(t);
        // Only a receipt not matched elsewhere is a useful hint for the clerk.
        for (Candidate candidate : match.closest()) {
            if (!candidate.reason().contains("already matched")) {
                detail += "; closest receipt " + describe(candidate.receipt()) + ": " + candidate.reason();
                break;
            }
        }
        return new Finding(Flag.MISSING_RECEIPT, "MISSING_RECEIPT:" + t.reference(), detail + ".", t.amount());
    }

    private static Finding missingCoding(CarTransaction t) {
        List<String> missing = new ArrayList<>();
        if (t.job() == null) {
            missing.add("Job");
        }
        if (t.phase() == null) {
            missing.add("Phase");
        }
        if (t.costType() == null) {
            missing.add("Cost Type");
        }
        String why = missing.size() == 3 ? "has no coding (neither a job coding nor a GL Account)"
                : "has an incomplete job coding (no " + String.join(", ", missing) + ") and no GL Account";
        return new Finding(Flag.MISSING_CODING, "MISSING_CODING:" + t.reference(), describe(t) + " " + why + ".",
                null);
    }

    private static Finding totalMismatch(Input input, BigDecimal carTotal, BigDecimal receiptTotal) {
        String detail;
        if (!input.inCar()) {
            detail = "Receipts total " + Money.format(receiptTotal) + " but the employee has no CAR transactions.";
        } else if (!input.hasReceiptSection()) {
            detail = "CAR total " + Money.format(carTotal) + " but no receipts were submitted.";
        } else {
            detail = "CAR total " + Money.format(carTotal) + " differs from receipt total "
                    + Money.format(receiptTotal) + " by " + Money.format(carTotal.subtract(receiptTotal)) + ".";
        }
        return new Finding(Flag.TOTAL_MISMATCH, "TOTAL_MISMATCH", detail, carTotal.subtract(receiptTotal));
    }

    static String describe(CarTransaction t) {
        return Money.date(t.transDate()) + " " + t.merchant() + " " + Money.format(t.amount());
    }

    static String describe(Receipt r) {
        return r.receiptId() + " " + Money.date(r.date()) + " " + r.merchant() + " " + Money.format(r.amount());
    }

    private static List<Finding> sortedByFlag(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::flag)); // stable: keeps reading order within a flag
        return sorted;
    }

    /** A reference printed twice must not make two findings share a key. */
    private static List<Finding> uniqueKeys(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> unique = new ArrayList<>();
        for (Finding f : findings) {
            int n = seen.merge(f.key(), 1, Integer::sum);
            unique.add(n == 1 ? f : new Finding(f.flag(), f.key() + "#" + n, f.detail(), f.amountImpact()));
        }
        return unique;
    }
}
