package com.ccp.reconciliation;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A CAR transaction with its matching receipt, or with its closest receipts when none matches. */
public record TransactionMatch(CarTransaction transaction, @Nullable Receipt receipt, List<Candidate> closest) {

    public TransactionMatch {
        closest = List.copyOf(closest);
    }

    public boolean matched() {
        return receipt != null;
    }
}
