package com.ccp.employee;

import com.ccp.reconciliation.Flag;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model for the export: a session's employees as candidates, their transactions, covers, pages and marks. */
@Repository
public class ExportView {

    /** Pages of one receipt file version that hold an employee's receipts. */
    public record ReceiptPages(String employeeRef, int version, int firstPage, int lastPage) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ExportView(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<ExportCandidate> candidates(String sessionId) {
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

    public List<IndexLine> transactions(String employeeRef) {
        return jdbc.sql("""
                SELECT trans_date, post_date, reference, merchant, amount, job, phase, cost_type, gl_account, description
                FROM card_transaction WHERE employee_ref = ? ORDER BY seq""")
                .param(employeeRef).query(IndexLine.class).list();
    }

    /** The cover of an employee's document: totals, transactions with their match or resolution, receipts. */
    public EmployeeCover cover(String employeeRef) {
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
                    boolean aboutTransaction = flag.equals(Flag.MISSING_RECEIPT.name())
                            || flag.equals(Flag.MISSING_CODING.name());
                    if (colon > 0 && aboutTransaction) {
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
    public Map<String, List<ReceiptPages>> receiptPages(String sessionId) {
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
    public Map<String, Map<Integer, Set<String>>> receiptIds(String sessionId) {
        Map<String, Map<Integer, Set<String>>> ids = new HashMap<>();
        template.query("SELECT employee_ref, file_version, receipt_id FROM receipt WHERE session_id = ?",
                (ResultSet rs) -> {
                    ids.computeIfAbsent(rs.getString(1), ref -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), version -> new HashSet<>()).add(rs.getString(3));
                }, sessionId);
        return ids;
    }

    /** Employee ID → the batch that exported their current revision. */
    public Map<String, String> exportedCurrentRevisions(String sessionId) {
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

    /** A transaction of the session whose Reference Number is also on an employee of another session. */
    public record SharedReference(String employeeRef, String reference, String employeeId, String name,
            LocalDate transDate, BigDecimal amount, String merchant, String otherEmployeeRef, String otherSessionId) {
    }

    /** Ordered by Employee ID and CAR order. */
    public List<SharedReference> referencesInOtherSessions(String sessionId) {
        return jdbc.sql("""
                SELECT t.employee_ref, t.reference, e.employee_id, COALESCE(e.car_name, e.receipt_name, e.employee_id),
                       t.trans_date, t.amount, t.merchant, ot.employee_ref, oe.session_id
                FROM card_transaction t
                JOIN employee e ON e.id = t.employee_ref
                JOIN card_transaction ot ON ot.reference = t.reference AND ot.employee_ref <> t.employee_ref
                JOIN employee oe ON oe.id = ot.employee_ref AND oe.session_id <> e.session_id
                WHERE e.session_id = ?
                ORDER BY e.employee_id, t.seq""")
                .param(sessionId)
                .query((rs, n) -> new SharedReference(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getDate(5).toLocalDate(), rs.getBigDecimal(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)))
                .list();
    }
}
