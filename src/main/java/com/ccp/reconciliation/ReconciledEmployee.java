package com.ccp.reconciliation;

import com.ccp.report.PageRange;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One employee of a session: their CAR side (null name and pages when not in the CAR), their
 * receipt side (null name and pages without receipts), the matches and the findings. The totals
 * are the sums of the lines read, never the printed totals.
 */
public record ReconciledEmployee(
        String employeeId,
        @Nullable String carName,
        @Nullable String receiptName,
        @Nullable String cardLast4,
        BigDecimal carTotal,
        BigDecimal receiptTotal,
        List<TransactionMatch> transactions,
        List<Receipt> receipts,
        @Nullable PageRange carPages,
        @Nullable PageRange receiptPages,
        List<Finding> findings) {

    public ReconciledEmployee {
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
        findings = List.copyOf(findings);
    }

    /** The distinct flags of the findings, in {@link Flag} order. */
    public SortedSet<Flag> flags() {
        TreeSet<Flag> flags = new TreeSet<>();
        findings.forEach(f -> flags.add(f.flag()));
        return flags;
    }

    /** The name to show: the CAR's when the employee is in the CAR, else the receipt report's. */
    public String displayName() {
        if (carName != null) {
            return carName;
        }
        return receiptName == null ? employeeId : receiptName;
    }

    public int unmatchedCount() {
        return (int) transactions.stream().filter(m -> !m.matched()).count();
    }

    public int uncodedCount() {
        return (int) transactions.stream().filter(m -> !m.transaction().coded()).count();
    }
}
