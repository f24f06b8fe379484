package com.ccp.employee;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One CAR transaction as index.csv lists it. */
public record IndexLine(LocalDate transDate, LocalDate postDate, String reference, String merchant, BigDecimal amount,
        @Nullable String job, @Nullable String phase, @Nullable String costType, @Nullable String glAccount,
        @Nullable String description) {
}
