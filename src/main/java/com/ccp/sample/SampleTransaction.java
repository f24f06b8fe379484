package com.ccp.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One CAR transaction as generated. */
public record SampleTransaction(LocalDate transDate, LocalDate postDate, String reference, String merchant,
        BigDecimal amount, Coding coding, @Nullable String description) {

    public boolean coded() {
        return coding.coded();
    }
}
