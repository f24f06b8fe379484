package com.ccp.export;

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

    /** Pages of one receipt file version that hold an employee's receipts. */
    record ReceiptPages(String employeeRef, int version, int firstPage, int lastPage) {
    }

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

    List<ExportCandidate> candidates(String sessionId) {
        return jdbc.sql("""
                SELECT e.id AS ref, e.employee_id, COALESCE(e.car_name, e.receipt_name, e.employee_id) AS name,
                       e.card_last4, e.car_first_page, e.car_last_page, e.revision, e.open_issues,
                       cur.export_batch_id IS NOT NULL AS current_exported,
                       EXISTS (SELECT 1 FROM employee_revision r
                               WHERE r.employee_ref = e.id AND r.export_batch_id IS NOT NULL) AS ever_exported,
                       e.transaction_count + e.receipt_count AS documents
                FROM employee e
                LEFT JOIN employee_revision cur ON cur.employee_ref = e.id AND cur.revision = e.revision
                WHERE e.session_id = ?
                ORDER BY e.employee_id""")
                .param(sessionId).query(ExportCandidate.class).list();
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

    List<IndexLine> transactions(String employeeRef) {
        return jdbc.sql("""
                SELECT trans_date, post_date, reference, merchant, amount, job, phase, cost_type, gl_account, description
                FROM card_transaction WHERE employee_ref = ? ORDER BY seq""")
                .param(employeeRef).query(IndexLine.class).list();
    }

    /** The cover of an employee's document: totals, transactions with their match or resolution, receipts. */
    EmployeeCover cover(String employeeRef) {
        Map<String, List<EmployeeCover.Resolution>> byKey = new HashMap<>();
        List<EmployeeCover.Resolution> others = new ArrayList<>();
        jdbc.sql("""
                SELECT finding_key, flag, detail, resolution_reason, note, resolved_by FROM issue
                WHERE employee_ref = ? AND resolved ORDER BY flag, finding_key""")
                .param(employeeRef)
                .query(rs -> {
                    EmployeeCover.Resolution resolution = new EmployeeCover.Resolution(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                    String key = rs.getString(1);
                    int colon = key.indexOf(':');
                    String flag = rs.getString(2);
                    if (colon > 0 && (flag.equals("MISSING_RECEIPT") || flag.equals("MISSING_CODING"))) {
                        byKey.computeIfAbsent(key.substring(colon + 1), k -> new ArrayList<>()).add(resolution);
                    } else {
                        others.add(resolution);
                    }
                });
        Map<String, Integer> seen = new HashMap<>();
        List<EmployeeCover.Transaction> transactions = new ArrayList<>();
        jdbc.sql("""
                SELECT trans_date, reference, merchant, amount, matched_receipt_id FROM card_transaction
                WHERE employee_ref = ? ORDER BY seq""")
                .param(employeeRef)
                .query(rs -> {
                    String reference = rs.getString(2);
                    // findings of a reference printed twice are keyed <reference>#2, #3, ... (EmployeeValidator)
                    int n = seen.merge(reference, 1, Integer::sum);
                    String key = n == 1 ? reference : reference + "#" + n;
                    transactions.add(new EmployeeCover.Transaction(rs.getDate(1).toLocalDate(), reference,
                            rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                            byKey.getOrDefault(key, List.of())));
                });
        List<EmployeeCover.Receipt> receipts = jdbc.sql("""
                SELECT receipt_id, receipt_date AS date, merchant, amount, file_version, page FROM receipt
                WHERE employee_ref = ? ORDER BY file_version, page, receipt_id""")
                .param(employeeRef).query(EmployeeCover.Receipt.class).list();
        return jdbc.sql("SELECT car_total, receipt_total, cost_center FROM employee WHERE id = ?")
                .param(employeeRef)
                .query((rs, row) -> new EmployeeCover(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3),
                        transactions, receipts, others))
                .single();
    }

    /** Per employee, the page range of every receipt file version that is the newest holder of a receipt of theirs. */
    Map<String, List<ReceiptPages>> receiptPages(String sessionId) {
        Map<String, List<ReceiptPages>> byEmployee = new HashMap<>();
        jdbc.sql("""
                SELECT p.employee_ref, p.version, p.first_page, p.last_page
                FROM employee_receipt_pages p JOIN employee e ON e.id = p.employee_ref
                WHERE e.session_id = ?
                  AND EXISTS (SELECT 1 FROM receipt r WHERE r.employee_ref = p.employee_ref AND r.file_version = p.version)
                ORDER BY p.employee_ref, p.version""")
                .param(sessionId)
                .query(ReceiptPages.class)
                .stream().forEach(pages -> byEmployee.computeIfAbsent(pages.employeeRef(), ref -> new ArrayList<>())
                        .add(pages));
        return byEmployee;
    }

    /** The session's receipt IDs by employee ref and by the newest file version that holds them. */
    Map<String, Map<Integer, Set<String>>> receiptIds(String sessionId) {
        Map<String, Map<Integer, Set<String>>> ids = new HashMap<>();
        template.query("SELECT employee_ref, file_version, receipt_id FROM receipt WHERE session_id = ?",
                (ResultSet rs) -> {
                    ids.computeIfAbsent(rs.getString(1), ref -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), version -> new HashSet<>()).add(rs.getString(3));
                }, sessionId);
        return ids;
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

    /** Marks each employee's current revision with the batch; returns how many were still unmarked. */
    int markRevisions(String batchId, List<ExportCandidate> toMark, Instant at) {
        int[] counts = template.batchUpdate("""
                UPDATE employee_revision SET export_batch_id = ?, exported_at = ?
                WHERE employee_ref = ? AND revision = ? AND export_batch_id IS NULL""",
                toMark.stream().map(c -> new Object[] {batchId, Timestamp.from(at), c.ref(), c.revision()}).toList());
        int marked = 0;
        for (int count : counts) {
            marked += count;
        }
        return marked;
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

    /** Voids a DONE batch and clears its marks; false when it was not DONE any more. */
    boolean voidBatch(String batchId, String by, Instant at, String reason) {
        int changed = jdbc.sql("""
                UPDATE export_batch SET status = 'VOIDED', voided_by = ?, voided_at = ?, void_reason = ?
                WHERE id = ? AND status = 'DONE'""")
                .params(by, Timestamp.from(at), reason, batchId).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("UPDATE employee_revision SET export_batch_id = NULL, exported_at = NULL WHERE export_batch_id = ?")
                .param(batchId).update();
        return true;
    }

    /** Employee ID → the batch that exported their current revision. */
    Map<String, String> exportedCurrentRevisions(String sessionId) {
        Map<String, String> exported = new HashMap<>();
        jdbc.sql("""
                SELECT e.employee_id, r.export_batch_id FROM employee e
                JOIN employee_revision r ON r.employee_ref = e.id AND r.revision = e.revision
                WHERE e.session_id = ? AND r.export_batch_id IS NOT NULL""")
                .param(sessionId).query(rs -> {
                    exported.put(rs.getString(1), rs.getString(2));
                });
        return exported;
    }

    @Nullable String sessionOfBatch(String batchId) {
        return jdbc.sql("SELECT session_id FROM export_batch WHERE id = ?").param(batchId).query(String.class)
                .optional().orElse(null);
    }
}
