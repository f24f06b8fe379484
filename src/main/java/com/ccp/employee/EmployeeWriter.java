package com.ccp.employee;

import com.ccp.base.Texts;
import com.ccp.reconciliation.ReconciledEmployee;
import com.ccp.report.ParseWarning;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of a session's employee results: the first read, a late-receipt apply, the
 * reading notes and the export marks. Rows go in batches, inside the caller's transaction, with
 * application-assigned ids (no generated-key round trips). Issue resolutions, links and hints are
 * written by {@link IssueResolutions}, {@link LinkStore} and {@link HintStore} of this module.
 */
@Repository
public class EmployeeWriter {

    /** A reading note of one source (CAR, RECEIPTS, MATCHING, RECEIPTS v2, ...). */
    public record Warning(String source, ParseWarning warning) {
    }

    private final JdbcTemplate jdbc;
    private final HintStore hints;

    EmployeeWriter(JdbcTemplate jdbc, HintStore hints) {
        this.jdbc = jdbc;
        this.hints = hints;
    }

    /** Writes what reading a session's reports found: employees, transactions, receipts, revision 1, issues, hints. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveFirstRead(String sessionId, int receiptVersion, List<ReconciledEmployee> employees,
            List<Warning> warnings, String createdBy, Instant at) {
        FirstReadRows rows = new FirstReadRows();
        employees.forEach(employee -> rows.add(sessionId, receiptVersion, employee, createdBy, at));
        jdbc.batchUpdate(FirstReadRows.INSERT_EMPLOYEE, rows.employees);
        jdbc.batchUpdate(FirstReadRows.INSERT_RECEIPT_PAGES, rows.receiptPages);
        jdbc.batchUpdate(FirstReadRows.INSERT_REVISION, rows.revisions);
        jdbc.batchUpdate(FirstReadRows.INSERT_TRANSACTION, rows.transactions);
        jdbc.batchUpdate(ResultRows.INSERT_RECEIPT, rows.receipts);
        jdbc.batchUpdate(ResultRows.INSERT_ISSUE, rows.issues);
        saveWarnings(sessionId, warnings);
        hints.sync(sessionId, rows.refs, rows.hintTransactions, rows.hintReceipts(), at);
    }

    /** Writes every accepted change of one late-receipt apply. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void applyChanges(String sessionId, int receiptVersion, String by, Instant at,
            List<AcceptedChange> changes) {
        Map<String, ChangeRows.Employee> employees = new HashMap<>();
        jdbc.query("SELECT employee_id, id, revision, car_total, receipt_total FROM employee WHERE session_id = ?",
                rs -> {
                    employees.put(rs.getString("employee_id"), new ChangeRows.Employee(rs.getString("id"),
                            rs.getInt("revision"), rs.getBigDecimal("car_total"), rs.getBigDecimal("receipt_total")));
                }, sessionId);
        Map<String, List<ChangeRows.StoredIssue>> issues = new HashMap<>();
        jdbc.query("SELECT employee_ref, id, finding_key, amount_impact, resolved FROM issue WHERE session_id = ?",
                rs -> {
                    issues.computeIfAbsent(rs.getString("employee_ref"), k -> new ArrayList<>()).add(
                            new ChangeRows.StoredIssue(rs.getString("id"), rs.getString("finding_key"),
                                    rs.getBigDecimal("amount_impact"), rs.getBoolean("resolved")));
                }, sessionId);
        ChangeRows rows = new ChangeRows(sessionId, receiptVersion, by, at);
        for (AcceptedChange change : changes) {
            ChangeRows.Employee employee = employees.get(change.employeeId());
            rows.add(change, employee, employee == null ? List.of() : issues.getOrDefault(employee.ref(), List.of()));
        }
        jdbc.batchUpdate(ChangeRows.INSERT_EMPLOYEE, rows.newEmployees);
        jdbc.batchUpdate("DELETE FROM receipt WHERE employee_ref = ?", rows.employeeReceiptsGone);
        jdbc.batchUpdate("DELETE FROM receipt WHERE session_id = ? AND receipt_id = ?", rows.receiptIdsGone);
        jdbc.batchUpdate(ResultRows.INSERT_RECEIPT, rows.receipts);
        jdbc.batchUpdate("UPDATE card_transaction SET matched_receipt_id = ? WHERE employee_ref = ? AND seq = ?",
                rows.matches);
        jdbc.batchUpdate("UPDATE issue SET detail = ? WHERE id = ?", rows.issueDetails);
        jdbc.batchUpdate("DELETE FROM issue WHERE id = ?", rows.issuesGone);
        jdbc.batchUpdate(ResultRows.INSERT_ISSUE, rows.newIssues);
        jdbc.batchUpdate(ChangeRows.UPSERT_RECEIPT_PAGES, rows.pages);
        jdbc.batchUpdate(ChangeRows.UPDATE_EMPLOYEE, rows.employees);
        jdbc.batchUpdate(ChangeRows.INSERT_REVISION, rows.revisions);
    }

    /** The reading notes of a file, shown on the session page by source and page. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveWarnings(String sessionId, List<Warning> warnings) {
        jdbc.batchUpdate("INSERT INTO parse_warning (session_id, source, page, message) VALUES (?, ?, ?, ?)",
                warnings.stream().map(w -> new Object[] {sessionId, w.source(), w.warning().page(),
                        Texts.truncate(w.warning().message(), Texts.DETAIL)}).toList());
    }

    /** Forgets the reading notes of one source (a discarded late receipt report's). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void dropWarnings(String sessionId, String source) {
        jdbc.update("DELETE FROM parse_warning WHERE session_id = ? AND source = ?", sessionId, source);
    }

    /** An employee's revision that an export batch sends. */
    public record SentRevision(String employeeRef, int revision) {
    }

    /** Marks each sent revision with the batch; returns how many were still unmarked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int markExported(String batchId, List<SentRevision> sent, Instant at) {
        int[] counts = jdbc.batchUpdate("""
                UPDATE employee_revision SET export_batch_id = ?, exported_at = ?
                WHERE employee_ref = ? AND revision = ? AND export_batch_id IS NULL""",
                sent.stream().map(s -> new Object[] {batchId, Timestamp.from(at), s.employeeRef(), s.revision()})
                        .toList());
        int marked = 0;
        for (int count : counts) {
            marked += count;
        }
        return marked;
    }

    /** Clears the marks of a voided batch: its revisions count as never sent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearExportMarks(String batchId) {
        jdbc.update("UPDATE employee_revision SET export_batch_id = NULL, exported_at = NULL WHERE export_batch_id = ?",
                batchId);
    }
}
