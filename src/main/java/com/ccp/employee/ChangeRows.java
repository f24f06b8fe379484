package com.ccp.employee;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The batch rows of one late-receipt apply: receipts (with the file version and page each came
 * from), transaction matches, issues re-validated (an issue whose finding still exists keeps its
 * resolution) and, when the receipts changed, a new revision that keeps the previous totals.
 */
final class ChangeRows {

    static final String INSERT_EMPLOYEE = """
            INSERT INTO employee (id, session_id, employee_id, receipt_name, in_car, car_total, receipt_total,
                transaction_count, receipt_count, revision, open_issues, flags)
            VALUES (?, ?, ?, ?, FALSE, 0, 0, 0, 0, 1, 0, '')""";
    static final String UPSERT_RECEIPT_PAGES = """
            INSERT INTO employee_receipt_pages (employee_ref, version, first_page, last_page) VALUES (?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE first_page = VALUES(first_page), last_page = VALUES(last_page)""";
    static final String UPDATE_EMPLOYEE = """
            UPDATE employee SET receipt_name = ?, receipt_total = ?, receipt_count = ?, open_issues = ?, flags = ?,
                revision = ? WHERE id = ?""";
    static final String INSERT_REVISION = """
            INSERT INTO employee_revision (employee_ref, revision, car_total, receipt_total, change_summary,
                created_by, created_at, previous_car_total, previous_receipt_total, amount_changed,
                receipt_version_processed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** What the apply needs of a stored employee. */
    record Employee(String ref, int revision, BigDecimal carTotal, BigDecimal receiptTotal) {
    }

    record StoredIssue(String id, String key, @Nullable BigDecimal amountImpact, boolean resolved) {
    }

    final List<Object[]> newEmployees = new ArrayList<>();
    final List<Object[]> employeeReceiptsGone = new ArrayList<>();
    final List<Object[]> receiptIdsGone = new ArrayList<>();
    final List<Object[]> receipts = new ArrayList<>();
    final List<Object[]> matches = new ArrayList<>();
    final List<Object[]> issueDetails = new ArrayList<>();
    final List<Object[]> newIssues = new ArrayList<>();
    final List<Object[]> issuesGone = new ArrayList<>();
    final List<Object[]> pages = new ArrayList<>();
    final List<Object[]> employees = new ArrayList<>();
    final List<Object[]> revisions = new ArrayList<>();

    private final String sessionId;
    private final int receiptVersion;
    private final String by;
    private final Instant at;

    ChangeRows(String sessionId, int receiptVersion, String by, Instant at) {
        this.sessionId = sessionId;
        this.receiptVersion = receiptVersion;
        this.by = by;
        this.at = at;
    }

    void add(AcceptedChange change, @Nullable Employee stored, List<StoredIssue> issues) {
        Employee employee = stored != null ? stored : create(change);
        Outcome outcome = change.outcome();
        String ref = employee.ref();
        employeeReceiptsGone.add(new Object[] {ref});
        for (VersionedReceipt versioned : outcome.receipts()) {
            // A receipt that moved here from another employee leaves them (the service checked both are accepted).
            receiptIdsGone.add(new Object[] {sessionId, versioned.receiptId()});
            receipts.add(ResultRows.receipt(sessionId, ref, versioned.receipt(), versioned.version()));
        }
        List<@Nullable String> matched = outcome.matches();
        for (int seq = 0; seq < matched.size(); seq++) {
            matches.add(new Object[] {matched.get(seq), ref, seq});
        }
        int openIssues = syncIssues(ref, issues, outcome);
        if (outcome.newFilePages() != null) {
            pages.add(new Object[] {ref, receiptVersion, outcome.newFilePages().first(),
                    outcome.newFilePages().last()});
        }
        boolean newRevision = change.receiptsChanged() && employee.revision() > 0;
        int revision = newRevision ? employee.revision() + 1 : Math.max(employee.revision(), 1);
        employees.add(new Object[] {outcome.receiptName(), outcome.receiptTotal(), outcome.receipts().size(),
                openIssues, ResultRows.flagsOf(outcome.findings()), revision, ref});
        if (newRevision) {
            revisions.add(new Object[] {ref, revision, employee.carTotal(), outcome.receiptTotal(), change.summary(),
                    by, Timestamp.from(at), employee.carTotal(), employee.receiptTotal(),
                    employee.receiptTotal().compareTo(outcome.receiptTotal()) != 0, receiptVersion});
        }
    }

    /** An employee first seen in a late receipt report: revision 1 is made now. */
    private Employee create(AcceptedChange change) {
        String ref = UUID.randomUUID().toString();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        newEmployees.add(new Object[] {ref, sessionId, change.employeeId(), change.outcome().receiptName()});
        revisions.add(new Object[] {ref, 1, zero, change.outcome().receiptTotal(), change.summary(), by,
                Timestamp.from(at), zero, zero, true, receiptVersion});
        return new Employee(ref, 0, zero, zero);
    }

    /**
     * Keeps each issue whose finding still exists (same key and amount impact) with its resolution,
     * removes those whose finding is gone, adds the new ones; returns how many are unresolved.
     */
    private int syncIssues(String ref, List<StoredIssue> issues, Outcome outcome) {
        Map<String, StoredIssue> existing = new HashMap<>();
        issues.forEach(issue -> existing.put(issue.key(), issue));
        Set<String> kept = new HashSet<>();
        int open = 0;
        for (var finding : outcome.findings()) {
            StoredIssue issue = existing.get(finding.key());
            if (issue != null && sameAmount(issue.amountImpact(), finding.amountImpact())) {
                kept.add(issue.id());
                issueDetails.add(new Object[] {ResultRows.detail(finding), issue.id()});
                open += issue.resolved() ? 0 : 1;
            } else {
                newIssues.add(ResultRows.issue(sessionId, ref, finding));
                open++;
            }
        }
        issues.stream().filter(issue -> !kept.contains(issue.id()))
                .forEach(issue -> issuesGone.add(new Object[] {issue.id()}));
        return open;
    }

    private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
