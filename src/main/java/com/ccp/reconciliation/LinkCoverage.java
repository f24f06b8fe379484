package com.ccp.reconciliation;

import java.math.BigDecimal;
import java.util.List;

/**
 * When an employee's links explain the whole difference between CAR total and receipt total
 * (formats.md §3): at least one link, no unmatched transaction or receipt left, and the sum over
 * links of (transactions − receipts) equal to CAR total − receipt total.
 */
public final class LinkCoverage {

    private LinkCoverage() {
    }

    public static boolean explainsWholeDifference(int unmatchedTransactions, int unmatchedReceipts,
            List<BigDecimal> linkDifferences, BigDecimal carTotal, BigDecimal receiptTotal) {
        if (linkDifferences.isEmpty() || unmatchedTransactions > 0 || unmatchedReceipts > 0) {
            return false;
        }
        BigDecimal explained = linkDifferences.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return explained.compareTo(carTotal.subtract(receiptTotal)) == 0;
    }
}
