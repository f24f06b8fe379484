package com.ccp.export;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Per flag: how many issues, of how many employees, and their amount (see ExportQueries.exceptionSummary). */
record ExceptionSummary(String flag, int issues, int employees, @Nullable BigDecimal amountImpact) {
}
