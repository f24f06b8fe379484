package com.ccp.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An employee with transactions next to their matched receipts, all receipts, issues and revisions. */
public record EmployeeDetail(
        EmployeeRow employee,
        List<TransactionLine> transactions,
        List<ReceiptLine> receipts,
        List<IssueLine> issues,
        List<RevisionLine> revisions) {

    public record TransactionLine(String reference, LocalDate transDate, LocalDate postDate, String merchant,
            BigDecimal amount, @Nullable String job, @Nullable String phase, @Nullable String costType,
            @Nullable String glAccount, @Nullable String description, int page, boolean coded,
            @Nullable ReceiptLine matchedReceipt, List<Candidate> closestReceipts) {
    }

    public record Candidate(ReceiptLine receipt, String reason) {
    }

    public record ReceiptLine(String receiptId, LocalDate date, String merchant, BigDecimal amount,
            @Nullable String address, @Nullable String title, @Nullable String purpose, boolean attachment,
            int attachmentPages, int fileVersion, int page) {
    }

    public record IssueLine(String id, String flag, String detail, @Nullable BigDecimal amountImpact, boolean resolved,
            @Nullable String resolutionReason, @Nullable String resolvedBy, @Nullable Instant resolvedAt,
            @Nullable String note) {
    }

    /** One revision; the previous totals and the receipt version are set for revisions made by an accepted change. */
    public record RevisionLine(int revision, BigDecimal carTotal, BigDecimal receiptTotal, String changeSummary,
            String createdBy, Instant createdAt, @Nullable BigDecimal previousCarTotal,
            @Nullable BigDecimal previousReceiptTotal, boolean amountChanged, @Nullable Integer receiptVersionProcessed) {
    }
}
