package com.ccp.report;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One employee section of the receipt report. {@code employeeId} is null when the section had no
 * Employee ID; {@code pages} covers the section's text pages and its image pages.
 */
public record ReceiptEmployee(
        @Nullable String employeeId,
        String name,
        List<Receipt> receipts,
        PageRange pages,
        @Nullable BigDecimal printedTotal,
        @Nullable Integer printedCount,
        List<LineSpan> lines) {

    public ReceiptEmployee {
        receipts = List.copyOf(receipts);
        lines = List.copyOf(lines);
    }

    public BigDecimal total() {
        return receipts.stream().map(Receipt::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
