package com.ccp.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One CAR transaction line with its coding lines. {@code page} is the page of the transaction line.
 * Blank coding parts are {@code null}, never an empty string.
 */
public record CarTransaction(
        LocalDate transDate,
        LocalDate postDate,
        String reference,
        String merchant,
        BigDecimal amount,
        @Nullable String job,
        @Nullable String phase,
        @Nullable String costType,
        @Nullable String glAccount,
        @Nullable String description,
        int page) {

    /** Coded: a complete job coding (job, phase and cost type) or a GL account. */
    public boolean coded() {
        return glAccount != null || (job != null && phase != null && costType != null);
    }
}
