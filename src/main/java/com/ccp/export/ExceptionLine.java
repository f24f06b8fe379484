package com.ccp.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One unresolved issue as the exceptions report lists it; the transaction's fields when it is about one. */
record ExceptionLine(String employeeId, String name, String flag, String detail, @Nullable BigDecimal amountImpact,
        @Nullable LocalDate transactionDate, @Nullable String reference, @Nullable String merchant) {
}
