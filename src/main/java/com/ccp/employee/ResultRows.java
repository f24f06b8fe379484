package com.ccp.employee;

import com.ccp.base.Texts;
import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.Flag;
import com.ccp.report.Receipt;
import java.sql.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The one spelling of the receipt and issue rows, which the first read and a late-receipt apply both insert. */
final class ResultRows {

    static final String INSERT_RECEIPT = """
            INSERT INTO receipt (id, session_id, employee_ref, receipt_id, receipt_date, merchant, amount, address,
                title, purpose, attachment, attachment_pages, file_version, page)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    static final String INSERT_ISSUE = """
            INSERT INTO issue (id, session_id, employee_ref, flag, finding_key, detail, amount_impact)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private ResultRows() {
    }

    static Object[] receipt(String sessionId, String employeeRef, Receipt r, int fileVersion) {
        return new Object[] {UUID.randomUUID().toString(), sessionId, employeeRef, r.receiptId(),
                Date.valueOf(r.date()), r.merchant(), r.amount(), r.address(), r.title(), r.purpose(),
                r.attachment(), r.attachmentPages(), fileVersion, r.page()};
    }

    static Object[] issue(String sessionId, String employeeRef, Finding finding) {
        return new Object[] {UUID.randomUUID().toString(), sessionId, employeeRef, finding.flag().name(),
                finding.key(), detail(finding), finding.amountImpact()};
    }

    static String detail(Finding finding) {
        return Texts.truncate(finding.detail(), Texts.DETAIL);
    }

    /** The distinct flags of the findings, sorted, as the employee row keeps them. */
    static String flagsOf(List<Finding> findings) {
        return findings.stream().map(Finding::flag).distinct().sorted().map(Flag::name)
                .collect(Collectors.joining(","));
    }
}
