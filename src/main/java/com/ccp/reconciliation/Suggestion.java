package com.ccp.reconciliation;

import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.util.List;

/**
 * A link the app proposes and a clerk may accept: the transactions (by reference) and receipts (by
 * Receipt ID), the reason, and the difference (transactions − receipts).
 */
public record Suggestion(List<String> transactions, List<String> receipts, LinkReason reason, BigDecimal difference) {

    public Suggestion {
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
        if (transactions.isEmpty() || receipts.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs a transaction and a receipt");
        }
    }
}
