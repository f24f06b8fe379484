package com.ccp.review;

import com.ccp.employee.EmployeeRow;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The orders of the employee list, one per column of the session's employee grid. Every order ends
 * with the Employee ID, so the grid, a bookmark and "next employee" walk the same sequence.
 */
public enum EmployeeSort {
    EMPLOYEE_ID(Comparator.comparing(EmployeeRow::employeeId)),
    NAME(Comparator.comparing((EmployeeRow e) -> e.name().toLowerCase(Locale.ROOT))),
    CARD(Comparator.comparing((EmployeeRow e) -> e.cardLast4() == null ? "" : e.cardLast4())),
    CAR_TOTAL(Comparator.comparing(EmployeeRow::carTotal)),
    RECEIPT_TOTAL(Comparator.comparing(EmployeeRow::receiptTotal)),
    DIFFERENCE(Comparator.comparing(EmployeeRow::difference, Comparator.comparing(BigDecimal::abs))
            .thenComparing(EmployeeRow::difference)),
    TRANSACTIONS(Comparator.comparingInt(EmployeeRow::transactionCount)
            .thenComparingInt(EmployeeRow::receiptCount)),
    FLAGS(Comparator.comparingInt((EmployeeRow e) -> e.flags().size())
            .thenComparing(e -> String.join(",", e.flags()))),
    HINTS(Comparator.comparingInt(EmployeeRow::hints)),
    STATUS(Comparator.comparingInt(EmployeeRow::openIssues)),
    EXPORTED(Comparator.comparingInt((EmployeeRow e) -> e.exportedBatch() == null ? 0 : e.exportedBatch()));

    private final Comparator<EmployeeRow> order;

    EmployeeSort(Comparator<EmployeeRow> order) {
        this.order = order;
    }

    /** This column's order alone, as a grid column compares (ties keep the list's Employee ID order). */
    public Comparator<EmployeeRow> comparator() {
        return order;
    }

    /** The full order: this column ascending or descending, then the Employee ID ascending. */
    public Comparator<EmployeeRow> comparator(boolean descending) {
        return (descending ? order.reversed() : order).thenComparing(EmployeeRow::employeeId);
    }

    /** The URL form, e.g. {@code car-total}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<EmployeeSort> ofKey(String key) {
        for (EmployeeSort sort : values()) {
            if (sort.key().equals(key)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
