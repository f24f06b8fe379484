package com.ccp.processing;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Everything the session page and {@code GET /api/sessions/{id}} show. */
public record SessionDetails(
        String id,
        String name,
        @Nullable String period,
        @Nullable String company,
        SessionStatus status,
        String owner,
        Instant createdAt,
        @Nullable String closedBy,
        @Nullable Instant closedAt,
        @Nullable String closureReason,
        int receiptVersion,
        @Nullable Instant lastReceiptUpload,
        @Nullable String failureReason,
        Progress progress,
        Totals totals) {

    public boolean closed() {
        return status == SessionStatus.CLOSED;
    }

    public record Progress(@Nullable ReadingPhase phase, int pagesDone, int pagesTotal, int employeesFound) {

        public double fraction() {
            return pagesTotal == 0 ? 0 : Math.min(1.0, (double) pagesDone / pagesTotal);
        }
    }

    public record Totals(int employees, BigDecimal carTotal, BigDecimal receiptTotal, int openIssues, int ready) {
    }
}
