package com.ccp.employee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the cover page of an employee's document shows (formats.md §4), as stored for the session. */
public record EmployeeCover(BigDecimal carTotal, BigDecimal receiptTotal, @Nullable String costCenter,
        List<Transaction> transactions, List<Receipt> receipts, List<Resolution> otherResolutions) {

    public EmployeeCover {
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
        otherResolutions = List.copyOf(otherResolutions);
    }

    /** A CAR transaction with the receipt the rules matched, or how its issues were resolved. */
    public record Transaction(LocalDate transDate, String reference, String merchant, BigDecimal amount,
            @Nullable String matchedReceiptId, List<Resolution> resolutions) {

        public Transaction {
            resolutions = List.copyOf(resolutions);
        }
    }

    public record Receipt(String receiptId, LocalDate date, String merchant, BigDecimal amount, int fileVersion,
            int page) {
    }

    /** A resolved issue: its flag, the reason, the clerk's note and who resolved it. */
    public record Resolution(String flag, String detail, @Nullable String reason, @Nullable String note,
            @Nullable String resolvedBy) {
    }
}
