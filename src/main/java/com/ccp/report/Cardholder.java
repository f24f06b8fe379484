package com.ccp.report;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One cardholder section of the CAR. {@code printedTotal}/{@code printedCount} come from the
 * {@code Cardholder Total (N transactions):} line and are null when that line was missing.
 */
public record Cardholder(
        String employeeId,
        String name,
        @Nullable String cardLast4,
        @Nullable String costCenter,
        List<CarTransaction> transactions,
        PageRange pages,
        @Nullable BigDecimal printedTotal,
        @Nullable Integer printedCount,
        List<LineSpan> lines) {

    public Cardholder {
        transactions = List.copyOf(transactions);
        lines = List.copyOf(lines);
    }

    /** The sum of the lines actually read. */
    public BigDecimal total() {
        return transactions.stream().map(CarTransaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
