package com.ccp.employee;

import com.ccp.reconciliation.Suggestion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An employee with transactions next to their matched receipts, all receipts, issues and revisions,
 * the clerk's links, the links the app suggests, the hints, and every resolution and reopening.
 */
public record EmployeeDetail(
        EmployeeRow employee,
        List<TransactionLine> transactions,
        List<ReceiptLine> receipts,
        List<IssueLine> issues,
        List<RevisionLine> revisions,
        List<EmployeeLink> links,
        List<Suggestion> suggestions,
        List<HintLine> hints,
        List<IssueEvent> issueHistory) {

    /** {@code matchedReceipt} is the rules' match; a linked transaction has {@code linkId} instead. */
    public record TransactionLine(String reference, LocalDate transDate, LocalDate postDate, String merchant,
            BigDecimal amount, @Nullable String job, @Nullable String phase, @Nullable String costType,
            @Nullable String glAccount, @Nullable String description, int page, boolean coded,
            @Nullable ReceiptLine matchedReceipt, List<Candidate> closestReceipts, @Nullable MatchedBy matchedBy,
            @Nullable String linkId) {
    }

    public record HintLine(String id, String type, List<String> transactions, List<String> receipts, String detail,
            boolean dismissed, @Nullable String dismissedBy, @Nullable Instant dismissedAt, @Nullable String note) {
    }

    /** One resolution ({@code RESOLVED}) or reopening ({@code REOPENED}) of an issue. */
    public record IssueEvent(String issueId, String action, @Nullable String reason, @Nullable String note,
            String actor, Instant at) {
    }

    /** The link that holds this transaction, or null. */
    public @Nullable EmployeeLink linkOf(TransactionLine transaction) {
        return links.stream().filter(l -> l.id().equals(transaction.linkId())).findFirst().orElse(null);
    }

    public record Candidate(ReceiptLine receipt, String reason) {
    }

    public record ReceiptLine(String receiptId, LocalDate date, String merchant, BigDecimal amount,
            @Nullable String address, @Nullable String title, @Nullable String purpose, boolean attachment,
            int attachmentPages, int fileVersion, int page, @Nullable MatchedBy matchedBy) {

        ReceiptLine matchedBy(@Nullable MatchedBy by) {
            return new ReceiptLine(receiptId, date, merchant, amount, address, title, purpose, attachment,
                    attachmentPages, fileVersion, page, by);
        }
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
