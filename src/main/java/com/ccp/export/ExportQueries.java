package com.ccp.export;

import com.ccp.employee.ExportCandidate;
import com.ccp.employee.ListedIssue;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The export's SQL: candidates, duplicates, the rows of the files, batches and the marks. */
@Repository
class ExportQueries {

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

    /** A live batch that sent an employee. */
    record SentIn(String batchId, Instant createdAt) {
    }

    /** Employee ref → the batches not voided that sent them, oldest first. */
    Map<String, List<SentIn>> liveBatchesOf(Collection<String> employeeRefs) {
        Map<String, List<SentIn>> batches = new HashMap<>();
        if (employeeRefs.isEmpty()) {
            return batches;
        }
        jdbc.sql("""
                SELECT be.employee_ref, b.id, b.created_at FROM export_batch_employee be
                JOIN export_batch b ON b.id = be.batch_id AND b.status = 'DONE'
                WHERE be.employee_ref IN (:refs) ORDER BY b.created_at""")
                .param("refs", employeeRefs)
                .query(rs -> {
                    batches.computeIfAbsent(rs.getString(1), ref -> new ArrayList<>())
                            .add(new SentIn(rs.getString(2), rs.getTimestamp(3).toInstant()));
                });
        return batches;
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

    /** The issues that live batches of the session have listed already, as {@link #listedKey} keys. */
    Set<String> listedBefore(String sessionId) {
        return new HashSet<>(jdbc.sql("""
                SELECT bi.employee_ref, bi.finding_key, bi.detail FROM export_batch_issue bi
                JOIN export_batch b ON b.id = bi.batch_id
                WHERE b.session_id = ? AND b.status = 'DONE'""")
                .param(sessionId).query((rs, n) -> rs.getString(1) + '\n' + rs.getString(2) + '\n' + rs.getString(3))
                .list());
    }

    static String listedKey(ListedIssue issue) {
        return issue.employeeRef() + '\n' + issue.findingKey() + '\n' + issue.detail();
    }

    /** Records the issues this batch's report lists. */
    void insertListedIssues(String batchId, List<ListedIssue> issues) {
        template.batchUpdate("""
                INSERT INTO export_batch_issue (batch_id, employee_ref, finding_key, flag, detail, amount_impact)
                VALUES (?, ?, ?, ?, ?, ?)""", issues.stream().map(i -> new Object[] {batchId, i.employeeRef(),
                i.findingKey(), i.flag(), i.detail(), i.amountImpact()}).toList());
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

    /** Employee ref → the number (1, 2, … in the session) of the newest batch not voided that sent the employee. */
    Map<String, Integer> batchNumbers(String sessionId) {
        Map<String, Integer> numbers = new HashMap<>();
        jdbc.sql("""
                SELECT be.employee_ref, MAX((SELECT COUNT(*) FROM export_batch n
                                             WHERE n.session_id = b.session_id AND n.created_at <= b.created_at))
                FROM export_batch_employee be JOIN export_batch b ON b.id = be.batch_id
                WHERE b.session_id = ? AND b.status <> 'VOIDED'
                GROUP BY be.employee_ref""")
                .param(sessionId).query(rs -> {
                    numbers.put(rs.getString(1), rs.getInt(2));
                });
        return numbers;
    }

    @Nullable String sessionOfBatch(String batchId) {
        return jdbc.sql("SELECT session_id FROM export_batch WHERE id = ?").param(batchId).query(String.class)
                .optional().orElse(null);
    }
}
