package com.ccp.employee;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One unresolved issue as an exceptions report lists it; the transaction's fields when it is about one. */
public record ListedIssue(String employeeRef, String employeeId, String name, String flag, String findingKey,
        String detail, @Nullable BigDecimal amountImpact, @Nullable LocalDate transactionDate,
        @Nullable String reference, @Nullable String merchant) {
}
