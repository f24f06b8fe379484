package com.ccp.export;

import com.ccp.employee.ExportCandidate;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The export's SQL: candidates, duplicates, the rows of the files, batches and the marks. */
@Repository
class ExportQueries {

    /** Which issues a report lists: the open ones of a session, or those a batch recorded. */
    sealed interface IssueSource {
    }

    record OpenIssues(String sessionId) implements IssueSource {
    }

    record BatchIssues(String batchId) implements IssueSource {
    }

    private static final String BATCH = """
            SELECT id AS batch_id, session_id, mode, status, created_by, created_at, employees, transactions, exceptions,
                   marked_revisions, pvault_file, exceptions_csv_file, exceptions_pdf_file, voided_by, voided_at,
                   void_reason
            FROM export_batch""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ExportQueries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Locks the session row until the transaction ends, so exports (and voids) of one session run
     * one after the other; waits at most {@code seconds}. False when there is no such session.
     */
    boolean lockSession(String sessionId, int seconds) {
        return jdbc.sql("SELECT id FROM processing_session WHERE id = ? FOR UPDATE WAIT " + seconds)
                .param(sessionId).query(String.class).optional().isPresent();
    }

    /** Transactions of the given employees whose Reference Number went out in a batch of another session. */
    List<DuplicateTransaction> duplicates(String sessionId, Set<String> employeeRefs) {
        Map<String, DuplicateTransaction> byReference = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT t.employee_ref, t.reference, e.employee_id, COALESCE(e.car_name, e.receipt_name, e.employee_id),
                       t.trans_date, t.amount, t.merchant, os.id, os.name, ob.id
                FROM card_transaction t
                JOIN employee e ON e.id = t.employee_ref
                JOIN card_transaction ot ON ot.reference = t.reference AND ot.employee_ref <> t.employee_ref
                JOIN employee oe ON oe.id = ot.employee_ref AND oe.session_id <> e.session_id
                JOIN export_batch_employee be ON be.employee_ref = oe.id
                JOIN export_batch ob ON ob.id = be.batch_id AND ob.status = 'DONE'
                JOIN processing_session os ON os.id = oe.session_id
                WHERE e.session_id = ?
                ORDER BY e.employee_id, t.seq, ob.created_at""")
                .param(sessionId)
                .query(rs -> {
                    if (employeeRefs.contains(rs.getString(1))) {
                        byReference.putIfAbsent(rs.getString(2), new DuplicateTransaction(rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getBigDecimal(6),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
                    }
                });
        return List.copyOf(byReference.values());
    }

    void insertBatch(String batchId, String sessionId, ExportMode mode, String createdBy, Instant at) {
        jdbc.sql("""
                INSERT INTO export_batch (id, session_id, mode, status, created_by, created_at, employees, transactions,
                    exceptions, marked_revisions, pvault_file, pvault_sha256, exceptions_csv_file, exceptions_csv_sha256,
                    exceptions_pdf_file, exceptions_pdf_sha256)
                VALUES (?, ?, ?, 'DONE', ?, ?, 0, 0, 0, 0, '', '', '', '', '', '')""")
                .params(batchId, sessionId, mode.name(), createdBy, Timestamp.from(at)).update();
    }

    void insertBatchEmployees(String batchId, List<ExportCandidate> sent) {
        template.batchUpdate("INSERT INTO export_batch_employee (batch_id, employee_ref, revision, marked) VALUES (?, ?, ?, ?)",
                sent.stream().map(c -> new Object[] {batchId, c.ref(), c.revision(), !c.currentExported()}).toList());
    }

    /** Records the issues this batch's report lists: all open ones (ALL), or those no earlier live batch listed (DELTA). */
    int recordListedIssues(String batchId, String sessionId, ExportMode mode) {
        String unlisted = mode == ExportMode.ALL ? "" : " " + """
                AND NOT EXISTS (SELECT 1 FROM export_batch_issue bi JOIN export_batch b ON b.id = bi.batch_id
                                WHERE b.status = 'DONE' AND bi.employee_ref = i.employee_ref
                                  AND bi.finding_key = i.finding_key AND bi.detail = i.detail)""";
        return jdbc.sql("""
                INSERT INTO export_batch_issue (batch_id, employee_ref, finding_key, flag, detail, amount_impact)
                SELECT ?, i.employee_ref, i.finding_key, i.flag, i.detail, i.amount_impact
                FROM issue i WHERE i.session_id = ? AND NOT i.resolved""" + unlisted)
                .params(batchId, sessionId).update();
    }

    void finishBatch(String batchId, int employees, int transactions, int exceptions, int marked,
            ExportFiles.Written pvault, ExportFiles.Written csv, ExportFiles.Written pdf) {
        jdbc.sql("""
                UPDATE export_batch SET employees = ?, transactions = ?, exceptions = ?, marked_revisions = ?,
                    pvault_file = ?, pvault_sha256 = ?, exceptions_csv_file = ?, exceptions_csv_sha256 = ?,
                    exceptions_pdf_file = ?, exceptions_pdf_sha256 = ?
                WHERE id = ?""")
                .params(employees, transactions, exceptions, marked, pvault.name(), pvault.sha256(), csv.name(),
                        csv.sha256(), pdf.name(), pdf.sha256(), batchId)
                .update();
    }

    /**
     * Per flag: issues, employees and an amount that means something: for missing receipts the card
     * spend they leave unsupported, for total mismatches the size of the differences (sign ignored).
     */
    List<ExceptionSummary> exceptionSummary(IssueSource source) {
        return jdbc.sql("""
                SELECT i.flag, COUNT(*) AS issues, COUNT(DISTINCT i.employee_ref) AS employees,
                       SUM(CASE WHEN i.flag = 'TOTAL_MISMATCH' THEN ABS(i.amount_impact)
                                ELSE i.amount_impact END) AS amount_impact
                FROM """ + from(source) + " GROUP BY i.flag ORDER BY i.flag")
                .param(key(source)).query(ExceptionSummary.class).list();
    }

    int exceptionEmployees(IssueSource source) {
        return jdbc.sql("SELECT COUNT(DISTINCT i.employee_ref) FROM" + from(source)).param(key(source))
                .query(Integer.class).single();
    }

    /** Streams the listed issues, ordered by employee, without holding them all in memory. */
    void forEachException(IssueSource source, Consumer<ExceptionLine> consumer) {
        // a transaction's finding is keyed <FLAG>:<reference>[#n] (EmployeeValidator)
        String transaction = " " + """
                LEFT JOIN card_transaction t ON i.flag IN ('MISSING_RECEIPT', 'MISSING_CODING') AND t.id = (
                    SELECT t2.id FROM card_transaction t2 WHERE t2.employee_ref = i.employee_ref
                      AND t2.reference = SUBSTRING_INDEX(SUBSTRING(i.finding_key, LOCATE(':', i.finding_key) + 1), '#', 1)
                    ORDER BY t2.seq LIMIT 1)""";
        String from = from(source);
        int where = from.indexOf(" WHERE ");
        jdbc.sql("""
                SELECT e.employee_id, COALESCE(e.car_name, e.receipt_name, e.employee_id) AS name, i.flag, i.detail,
                       i.amount_impact, t.trans_date, t.reference, t.merchant
                FROM """ + from.substring(0, where) + transaction + from.substring(where)
                + " ORDER BY e.employee_id, i.flag, t.trans_date, i.detail")
                .param(key(source))
                .query(rs -> {
                    java.sql.Date date = rs.getDate(6);
                    consumer.accept(new ExceptionLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), date == null ? null : date.toLocalDate(), rs.getString(7),
                            rs.getString(8)));
                });
    }

    private static String from(IssueSource source) {
        return switch (source) {
            case OpenIssues open -> " issue i JOIN employee e ON e.id = i.employee_ref WHERE i.session_id = ? AND NOT i.resolved";
            case BatchIssues batch -> " export_batch_issue i JOIN employee e ON e.id = i.employee_ref WHERE i.batch_id = ?";
        };
    }

    private static String key(IssueSource source) {
        return switch (source) {
            case OpenIssues open -> open.sessionId();
            case BatchIssues batch -> batch.batchId();
        };
    }

    List<ExportBatch> batches(String sessionId) {
        return jdbc.sql(BATCH + " WHERE session_id = ? ORDER BY created_at DESC, id").param(sessionId)
                .query(ExportBatch.class).list();
    }

    Optional<ExportBatch> batch(String batchId) {
        return jdbc.sql(BATCH + " WHERE id = ?").param(batchId).query(ExportBatch.class).optional();
    }

    /** Voids a DONE batch; false when it was not DONE any more. */
    boolean voidBatch(String batchId, String by, Instant at, String reason) {
        int changed = jdbc.sql("""
                UPDATE export_batch SET status = 'VOIDED', voided_by = ?, voided_at = ?, void_reason = ?
                WHERE id = ? AND status = 'DONE'""")
                .params(by, Timestamp.from(at), reason, batchId).update();
        return changed > 0;
    }

    @Nullable String sessionOfBatch(String batchId) {
        return jdbc.sql("SELECT session_id FROM export_batch WHERE id = ?").param(batchId).query(String.class)
                .optional().orElse(null);
    }
}
