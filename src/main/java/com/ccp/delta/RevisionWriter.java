package com.ccp.delta;

import com.ccp.base.Texts;
import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.Money;
import com.ccp.report.Receipt;
import com.ccp.review.ReconciliationStore;
import java.math.BigDecimal;
import java.sql.Date;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one accepted change into the employee's data: receipts (with the file version and page
 * each came from), transaction matches, issues re-validated (an issue whose finding still exists
 * keeps its resolution) and, when the receipts changed, a new revision that keeps the previous totals.
 */
@Repository
class RevisionWriter {

    /** One accepted change: who applies it, when, from which receipt version. */
    record Accepted(String sessionId, int receiptVersion, ChangeLine line, Outcome outcome, String by,
            Instant at) {
    }

    private record Employee(String ref, int revision, BigDecimal carTotal, BigDecimal receiptTotal) {
    }

    private record StoredIssue(String id, String key, @Nullable BigDecimal amountImpact, boolean resolved) {
    }

    /** The batch rows of one apply. */
    private static final class Rows {
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
    }

    private final JdbcTemplate jdbc;

    RevisionWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes every accepted change of one apply, in batches, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void write(String sessionId, List<Accepted> changes) {
        Map<String, Employee> employees = new HashMap<>();
        jdbc.query("SELECT employee_id, id, revision, car_total, receipt_total FROM employee WHERE session_id = ?",
                rs -> {
                    employees.put(rs.getString("employee_id"), new Employee(rs.getString("id"), rs.getInt("revision"),
                            rs.getBigDecimal("car_total"), rs.getBigDecimal("receipt_total")));
                }, sessionId);
        Map<String, List<StoredIssue>> issues = new HashMap<>();
        jdbc.query("SELECT employee_ref, id, finding_key, amount_impact, resolved FROM issue WHERE session_id = ?",
                rs -> {
                    issues.computeIfAbsent(rs.getString("employee_ref"), k -> new ArrayList<>()).add(new StoredIssue(
                            rs.getString("id"), rs.getString("finding_key"), rs.getBigDecimal("amount_impact"),
                            rs.getBoolean("resolved")));
                }, sessionId);
        Rows rows = new Rows();
        for (Accepted change : changes) {
            Employee employee = employees.get(change.line().employeeId());
            add(rows, change, employee != null ? employee : create(rows, change),
                    employee == null ? List.of() : issues.getOrDefault(employee.ref(), List.of()));
        }
        jdbc.batchUpdate("""
                INSERT INTO employee (id, session_id, employee_id, receipt_name, in_car, car_total, receipt_total,
                    transaction_count, receipt_count, revision, open_issues, flags)
                VALUES (?, ?, ?, ?, FALSE, 0, 0, 0, 0, 1, 0, '')""", rows.newEmployees);
        jdbc.batchUpdate("DELETE FROM receipt WHERE employee_ref = ?", rows.employeeReceiptsGone);
        jdbc.batchUpdate("DELETE FROM receipt WHERE session_id = ? AND receipt_id = ?", rows.receiptIdsGone);
        jdbc.batchUpdate("""
                INSERT INTO receipt (id, session_id, employee_ref, receipt_id, receipt_date, merchant, amount, address,
                    title, purpose, attachment, attachment_pages, file_version, page)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.receipts);
        jdbc.batchUpdate("UPDATE card_transaction SET matched_receipt_id = ? WHERE employee_ref = ? AND seq = ?",
                rows.matches);
        jdbc.batchUpdate("UPDATE issue SET detail = ? WHERE id = ?", rows.issueDetails);
        jdbc.batchUpdate("DELETE FROM issue WHERE id = ?", rows.issuesGone);
        jdbc.batchUpdate("""
                INSERT INTO issue (id, session_id, employee_ref, flag, finding_key, detail, amount_impact)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows.newIssues);
        jdbc.batchUpdate("""
                INSERT INTO employee_receipt_pages (employee_ref, version, first_page, last_page) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE first_page = VALUES(first_page), last_page = VALUES(last_page)""", rows.pages);
        jdbc.batchUpdate("""
                UPDATE employee SET receipt_name = ?, receipt_total = ?, receipt_count = ?, open_issues = ?, flags = ?,
                    revision = ? WHERE id = ?""", rows.employees);
        jdbc.batchUpdate("""
                INSERT INTO employee_revision (employee_ref, revision, car_total, receipt_total, change_summary,
                    created_by, created_at, previous_car_total, previous_receipt_total, amount_changed,
                    receipt_version_processed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.revisions);
    }

    private static void add(Rows rows, Accepted change, Employee employee, List<StoredIssue> issues) {
        Outcome outcome = change.outcome();
        String ref = employee.ref();
        rows.employeeReceiptsGone.add(new Object[] {ref});
        for (VersionedReceipt versioned : outcome.receipts()) {
            Receipt r = versioned.receipt();
            // A receipt that moved here from another employee leaves them (the service checked both are accepted).
            rows.receiptIdsGone.add(new Object[] {change.sessionId(), r.receiptId()});
            rows.receipts.add(new Object[] {UUID.randomUUID().toString(), change.sessionId(), ref, r.receiptId(),
                    Date.valueOf(r.date()), r.merchant(), r.amount(), r.address(), r.title(), r.purpose(),
                    r.attachment(), r.attachmentPages(), versioned.version(), r.page()});
        }
        List<@Nullable String> matches = outcome.matches();
        for (int seq = 0; seq < matches.size(); seq++) {
            rows.matches.add(new Object[] {matches.get(seq), ref, seq});
        }
        int openIssues = syncIssues(rows, change.sessionId(), ref, issues, outcome.findings());
        if (outcome.newFilePages() != null) {
            rows.pages.add(new Object[] {ref, change.receiptVersion(), outcome.newFilePages().first(),
                    outcome.newFilePages().last()});
        }
        boolean newRevision = change.line().receiptsChanged() && employee.revision() > 0;
        int revision = newRevision ? employee.revision() + 1 : Math.max(employee.revision(), 1);
        rows.employees.add(new Object[] {outcome.receiptName(), outcome.receiptTotal(), outcome.receipts().size(),
                openIssues, ReconciliationStore.flagsOf(outcome.findings()), revision, ref});
        if (newRevision) {
            rows.revisions.add(new Object[] {ref, revision, employee.carTotal(), outcome.receiptTotal(),
                    summary(change), change.by(), Timestamp.from(change.at()), employee.carTotal(),
                    employee.receiptTotal(), employee.receiptTotal().compareTo(outcome.receiptTotal()) != 0,
                    change.receiptVersion()});
        }
    }

    /** An employee first seen in a late receipt report: revision 1 is made now. */
    private static Employee create(Rows rows, Accepted change) {
        String ref = UUID.randomUUID().toString();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        rows.newEmployees.add(new Object[] {ref, change.sessionId(), change.line().employeeId(),
                change.outcome().receiptName()});
        rows.revisions.add(new Object[] {ref, 1, zero, change.outcome().receiptTotal(), summary(change), change.by(),
                Timestamp.from(change.at()), zero, zero, true, change.receiptVersion()});
        return new Employee(ref, 0, zero, zero);
    }

    /**
     * Keeps each issue whose finding still exists (same key and amount impact) with its resolution,
     * removes those whose finding is gone, adds the new ones; returns how many are unresolved.
     */
    private static int syncIssues(Rows rows, String sessionId, String ref, List<StoredIssue> issues,
            List<Finding> findings) {
        Map<String, StoredIssue> existing = new HashMap<>();
        issues.forEach(issue -> existing.put(issue.key(), issue));
        Set<String> kept = new HashSet<>();
        int open = 0;
        for (Finding finding : findings) {
            StoredIssue issue = existing.get(finding.key());
            if (issue != null && sameAmount(issue.amountImpact(), finding.amountImpact())) {
                kept.add(issue.id());
                rows.issueDetails.add(new Object[] {Texts.truncate(finding.detail(), 1000), issue.id()});
                open += issue.resolved() ? 0 : 1;
            } else {
                rows.newIssues.add(new Object[] {UUID.randomUUID().toString(), sessionId, ref, finding.flag().name(),
                        finding.key(), Texts.truncate(finding.detail(), 1000), finding.amountImpact()});
                open++;
            }
        }
        issues.stream().filter(issue -> !kept.contains(issue.id()))
                .forEach(issue -> rows.issuesGone.add(new Object[] {issue.id()}));
        return open;
    }

    private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** What changed, for the revision history: "Receipt report v2: $50.00 → $75.00 (+$25.00); 1 receipt added". */
    static String summary(Accepted change) {
        ChangeLine line = change.line();
        List<String> parts = new ArrayList<>();
        BigDecimal difference = line.difference();
        parts.add("receipts " + Money.format(line.oldReceiptTotal()) + " → " + Money.format(line.newReceiptTotal())
                + " (" + (difference.signum() >= 0 ? "+" : "") + Money.format(difference) + ")");
        receipts(parts, line.addedReceipts(), "added");
        receipts(parts, line.changedReceipts(), "updated");
        receipts(parts, line.oldReceiptCount() + line.addedReceipts() - line.newReceiptCount(), "removed");
        return line.type().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                + " — receipt report v" + change.receiptVersion() + ": " + String.join("; ", parts);
    }

    private static void receipts(List<String> parts, int count, String what) {
        if (count > 0) {
            parts.add(count + (count == 1 ? " receipt " : " receipts ") + what);
        }
    }
}
