package com.ccp.delta;

import com.ccp.employee.Outcome;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.util.List;

/**
 * One employee in a comparison: the category, the receipt totals and counts before and after, the
 * Receipt IDs added and those whose content changed, and the outcome an accept would apply.
 * {@code receiptsChanged} is true when the receipts differ in any way (an accept then makes a new
 * revision), even when the total did not move.
 */
public record EmployeeChange(String employeeId, String name, ChangeType type, BigDecimal oldReceiptTotal,
        BigDecimal newReceiptTotal, int oldReceiptCount, int newReceiptCount, List<String> addedReceiptIds,
        List<String> changedReceiptIds, boolean receiptsChanged, Outcome outcome) {

    public EmployeeChange {
        addedReceiptIds = List.copyOf(addedReceiptIds);
        changedReceiptIds = List.copyOf(changedReceiptIds);
    }

    public BigDecimal difference() {
        return newReceiptTotal.subtract(oldReceiptTotal);
    }
}
