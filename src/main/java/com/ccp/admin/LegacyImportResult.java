package com.ccp.admin;

import java.math.BigDecimal;
import java.util.List;

/** The report of a legacy import: the new session, its counts, the reconciled totals and any warnings. */
public record LegacyImportResult(String sessionId, int employees, int transactions, int issues, BigDecimal carTotal,
        BigDecimal receiptTotal, List<String> warnings) {

    public LegacyImportResult {
        warnings = List.copyOf(warnings);
    }
}
