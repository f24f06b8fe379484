package com.ccp.processing;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of the session list. */
public record SessionSummary(
        String id,
        String name,
        @Nullable String period,
        SessionStatus status,
        String owner,
        Instant createdAt,
        int receiptVersion,
        int employees,
        int openIssues,
        int ready,
        BigDecimal carTotal,
        BigDecimal receiptTotal) {

    public boolean closed() {
        return status == SessionStatus.CLOSED;
    }
}
