package com.ccp.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One receipt of the receipt report. {@code page} is the page of its receipt line;
 * {@code attachmentPages} is N of {@code Attachment: Yes (N pages)}, 0 for {@code Attachment: No}.
 */
public record Receipt(
        String receiptId,
        LocalDate date,
        String merchant,
        BigDecimal amount,
        @Nullable String address,
        @Nullable String title,
        @Nullable String purpose,
        boolean attachment,
        int attachmentPages,
        int page) {

    /** The same receipt printed on another page (e.g. in a later receipt report). */
    public Receipt withPage(int otherPage) {
        return new Receipt(receiptId, date, merchant, amount, address, title, purpose, attachment, attachmentPages,
                otherPage);
    }
}
