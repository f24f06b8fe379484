package com.ccp.review;

import com.ccp.reconciliation.LinkReason;
import com.ccp.report.Receipt;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a clerk links: transactions by CAR reference, receipts by Receipt ID, a reason and a note. */
public record LinkRequest(List<String> transactions, List<String> receipts, @Nullable LinkReason reason,
        @Nullable String note) {

    public LinkRequest {
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
    }
}
