package com.ccp.sample;

import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A second receipt report for the same month ({@code receipts-v2.pdf}) and the truth after merging
 * it by Receipt ID: {@code expected} is the whole month with the new receipts (its receipt pages
 * refer to the new file), {@code changes} what changed per employee, like expected-delta.json.
 */
public record LateReceiptSet(Path receipts, Expected expected, List<Change> changes,
        List<GeneratedEmployee> employees) {

    /** Categories of shared/samples/README.md: the first that applies. */
    public enum Category { NEW_EMPLOYEE, STILL_MISSING, AMOUNT_CHANGED, NO_CHANGE }

    public record Change(String employeeId, Category category, BigDecimal oldReceiptTotal,
            BigDecimal newReceiptTotal, BigDecimal difference, int oldReceiptCount, int newReceiptCount,
            List<String> addedReceiptIds, List<String> changedReceiptIds) {
    }

    public LateReceiptSet {
        changes = List.copyOf(changes);
        employees = List.copyOf(employees);
    }

    public Map<Category, Long> summary() {
        return changes.stream().collect(java.util.stream.Collectors.groupingBy(Change::category,
                () -> new java.util.EnumMap<>(Category.class), java.util.stream.Collectors.counting()));
    }

    public int newReceipts() {
        return changes.stream().mapToInt(c -> c.addedReceiptIds().size()).sum();
    }
}
