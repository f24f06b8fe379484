package com.ccp.report;

/** The identity printed in the first lines of a report: the company and the statement period. */
public record ReportHeader(String company, StatementPeriod period) {
}
