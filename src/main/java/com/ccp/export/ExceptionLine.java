package com.ccp.export;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One unresolved issue as the exceptions report lists it. */
record ExceptionLine(String employeeId, String name, String flag, String detail, @Nullable BigDecimal amountImpact) {
}
