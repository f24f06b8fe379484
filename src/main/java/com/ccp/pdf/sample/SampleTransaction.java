package com.ccp.pdf.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One CAR transaction as generated; {@code pageBreak} forces a page break inside its block. */
public record SampleTransaction(LocalDate transDate, LocalDate postDate, String reference, String merchant,
        BigDecimal amount, Coding coding, @Nullable String description, PageBreak pageBreak) {

    public enum PageBreak { NONE, BEFORE_CODING, INSIDE_DESCRIPTION }

    public boolean coded() {
        return coding.coded();
    }
}
