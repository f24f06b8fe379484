package com.ccp.report;

import java.util.List;

/** A parsed employee receipt report. */
public record ReceiptReport(
        String company,
        StatementPeriod period,
        List<ReceiptEmployee> employees,
        int pageCount,
        List<ParseWarning> warnings) {

    public ReceiptReport {
        employees = List.copyOf(employees);
        warnings = List.copyOf(warnings);
    }
}
