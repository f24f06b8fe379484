package com.ccp.review;

import com.ccp.report.PageRange;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One employee of a session as the employee grid and {@code GET .../employees} show it. {@code name}
 * is the CAR name, or the receipt report's for a receipt-only employee; {@code receiptPages} refer
 * to the newest receipt file that holds any of the employee's receipts; {@code hints} counts the hints
 * naming the employee that are not dismissed.
 */
public record EmployeeRow(
        String ref,
        String employeeId,
        String name,
        @Nullable String cardLast4,
        BigDecimal carTotal,
        BigDecimal receiptTotal,
        int transactionCount,
        int receiptCount,
        @Nullable PageRange carPages,
        @Nullable PageRange receiptPages,
        List<VersionPages> receiptPagesByVersion,
        List<String> flags,
        int openIssues,
        int revision,
        int hints) {

    public record VersionPages(int version, int first, int last) {
    }

    public boolean ready() {
        return openIssues == 0;
    }
}
