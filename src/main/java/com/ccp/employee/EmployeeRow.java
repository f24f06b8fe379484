package com.ccp.employee;

import com.ccp.report.PageRange;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One employee of a session as the employee grid and {@code GET .../employees} show it. {@code name}
 * is the CAR name, or the receipt report's for a receipt-only employee; {@code receiptPages} refer
 * to the newest receipt file that holds any of the employee's receipts; {@code hints} counts the hints
 * naming the employee that are not dismissed; {@code exportedBatch} is the number (1, 2, … in the
 * session) of the newest batch not voided that sent the employee, or null when none did.
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
        int hints,
        @Nullable Integer exportedBatch) {

    public record VersionPages(int version, int first, int last) {
    }

    /** The same row with the number of the newest batch that sent the employee (the export module knows it). */
    public EmployeeRow withExportedBatch(@Nullable Integer batch) {
        return new EmployeeRow(ref, employeeId, name, cardLast4, carTotal, receiptTotal, transactionCount, receiptCount,
                carPages, receiptPages, receiptPagesByVersion, flags, openIssues, revision, hints, batch);
    }

    public boolean ready() {
        return openIssues == 0;
    }

    /** CAR total minus receipt total. */
    public BigDecimal difference() {
        return carTotal.subtract(receiptTotal);
    }
}
