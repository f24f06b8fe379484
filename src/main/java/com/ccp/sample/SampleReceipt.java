package com.ccp.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One receipt as generated. {@code forReference} is the CAR transaction it was made for (null for
 * a receipt-only employee); {@code matchesReference} is the generator's intent: the transaction it
 * matches under formats.md §3, or null when it matches none (e.g. its amount differs).
 */
public record SampleReceipt(String id, LocalDate date, String merchant, @Nullable String address,
        @Nullable String title, @Nullable String purpose, BigDecimal amount, int attachmentPages,
        @Nullable String forReference, @Nullable String matchesReference) {

    public boolean attachment() {
        return attachmentPages > 0;
    }

    public SampleReceipt withAmount(BigDecimal newAmount, @Nullable String newMatch) {
        return new SampleReceipt(id, date, merchant, address, title, purpose, newAmount, attachmentPages,
                forReference, newMatch);
    }
}
