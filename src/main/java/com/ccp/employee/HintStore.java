package com.ccp.employee;

import com.ccp.base.Texts;
import com.ccp.reconciliation.Hint;
import com.ccp.reconciliation.HintFinder;
import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hints of a session as last found: {@link #sync} searches the session's stored transactions
 * and receipts again, keeps each hint still found (with its dismissal), removes the others and
 * adds the new ones.
 */
@Repository
public class HintStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    HintStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void sync(String sessionId, Instant at) {
        Map<String, String> refs = new HashMap<>();
        Map<String, List<CarTransaction>> transactions = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT e.employee_id, e.id AS ref, t.trans_date, t.post_date, t.reference, t.merchant, t.amount
                FROM card_transaction t JOIN employee e ON e.id = t.employee_ref
                WHERE e.session_id = ? ORDER BY e.employee_id, t.seq""").param(sessionId).query(rs -> {
                    refs.put(rs.getString("employee_id"), rs.getString("ref"));
                    transactions.computeIfAbsent(rs.getString("employee_id"), k -> new ArrayList<>()).add(
                            new CarTransaction(rs.getDate("trans_date").toLocalDate(),
                                    rs.getDate("post_date").toLocalDate(), rs.getString("reference"),
                                    rs.getString("merchant"), rs.getBigDecimal("amount"), null, null, null, null, null,
                                    0));
                });
        List<HintFinder.OwnedReceipt> receipts = new ArrayList<>();
        jdbc.sql("""
                SELECT e.employee_id, e.id AS ref, r.receipt_id, r.receipt_date, r.merchant, r.amount
                FROM receipt r JOIN employee e ON e.id = r.employee_ref
                WHERE r.session_id = ? ORDER BY e.employee_id, r.receipt_date, r.receipt_id""").param(sessionId)
                .query(rs -> {
                    refs.put(rs.getString("employee_id"), rs.getString("ref"));
                    receipts.add(new HintFinder.OwnedReceipt(rs.getString("employee_id"), new Receipt(
                            rs.getString("receipt_id"), rs.getDate("receipt_date").toLocalDate(),
                            rs.getString("merchant"), rs.getBigDecimal("amount"), null, null, null, true, 0, 0)));
                });
        sync(sessionId, refs, transactions, receipts, at);
    }

    /**
     * The same search over what the caller has just written, without reading it back: {@code refs}
     * maps Employee IDs to employee rows; receipts in Employee ID, date and Receipt ID order.
     */
    public void sync(String sessionId, Map<String, String> refs, Map<String, List<CarTransaction>> transactions,
            List<HintFinder.OwnedReceipt> receipts, Instant at) {
        List<Hint> found = new ArrayList<>();
        transactions.forEach((employeeId, list) -> found.addAll(HintFinder.duplicateCharges(employeeId, list)));
        found.addAll(HintFinder.receiptsSubmittedTwice(receipts));
        replace(sessionId, found, refs, at);
    }

    private void replace(String sessionId, List<Hint> found, Map<String, String> refs, Instant at) {
        Map<String, String> existing = new HashMap<>();
        jdbc.sql("SELECT hint_key, id FROM hint WHERE session_id = ?").param(sessionId)
                .query(rs -> {
                    existing.put(rs.getString(1), rs.getString(2));
                });
        List<Object[]> hints = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        List<Object[]> details = new ArrayList<>();
        Map<String, Boolean> kept = new HashMap<>();
        for (Hint hint : found) {
            String id = existing.get(hint.key());
            if (id != null) {
                kept.put(hint.key(), true);
                details.add(new Object[] {Texts.truncate(hint.detail(), Texts.DETAIL), id});
                continue;
            }
            id = UUID.randomUUID().toString();
            hints.add(new Object[] {id, sessionId, hint.key(), hint.type().name(),
                    Texts.truncate(hint.detail(), Texts.DETAIL)});
            int seq = 0;
            String onlyEmployee = hint.employeeIds().get(0);
            for (String reference : hint.transactions()) {
                items.add(new Object[] {id, refs.get(onlyEmployee), "T", reference, seq++});
            }
            for (int i = 0; i < hint.receipts().size(); i++) {
                String owner = hint.employeeIds().get(Math.min(i, hint.employeeIds().size() - 1));
                items.add(new Object[] {id, refs.get(owner), "R", hint.receipts().get(i), seq++});
            }
        }
        List<Object[]> gone = existing.entrySet().stream().filter(e -> !kept.containsKey(e.getKey()))
                .map(e -> new Object[] {e.getValue()}).toList();
        batch.batchUpdate("DELETE FROM hint WHERE id = ?", gone);
        batch.batchUpdate("UPDATE hint SET detail = ? WHERE id = ?", details);
        batch.batchUpdate("INSERT INTO hint (id, session_id, hint_key, type, detail) VALUES (?, ?, ?, ?, ?)", hints);
        batch.batchUpdate("INSERT INTO hint_item (hint_id, employee_ref, kind, item, seq) VALUES (?, ?, ?, ?, ?)", items);
        batch.update("""
                INSERT INTO hint_scan (session_id, scanned_at) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE scanned_at = VALUES(scanned_at)""", sessionId, Timestamp.from(at));
    }

    /** The hints naming any of the employee's items, oldest first. */
    public List<EmployeeDetail.HintLine> ofEmployee(String employeeRef) {
        List<String> ids = jdbc.sql("""
                SELECT DISTINCT h.id FROM hint h JOIN hint_item i ON i.hint_id = h.id WHERE i.employee_ref = ?""")
                .param(employeeRef).query(String.class).list();
        return ids.stream().map(id -> line(id).orElseThrow())
                .sorted(java.util.Comparator.comparing(EmployeeDetail.HintLine::type)
                        .thenComparing(EmployeeDetail.HintLine::detail)).toList();
    }

    public Map<String, List<EmployeeDetail.HintLine>> byEmployee(String sessionId) {
        Map<String, List<EmployeeDetail.HintLine>> byEmployee = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT e.employee_id, e.id FROM hint_item i JOIN employee e ON e.id = i.employee_ref
                WHERE e.session_id = ? ORDER BY e.employee_id""").param(sessionId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> byEmployee.put(e.getKey(), ofEmployee(e.getValue())));
        return byEmployee;
    }

    public Optional<EmployeeDetail.HintLine> find(String sessionId, String hintId) {
        Optional<String> id = jdbc.sql("SELECT id FROM hint WHERE id = ? AND session_id = ?")
                .params(hintId, sessionId).query(String.class).optional();
        return id.flatMap(this::line);
    }

    public boolean dismiss(String hintId, String note, String by, Instant at) {
        return jdbc.sql("""
                UPDATE hint SET dismissed = TRUE, dismissed_by = ?, dismissed_at = ?, note = ?
                WHERE id = ? AND dismissed = FALSE""")
                .params(by, Timestamp.from(at), Texts.truncate(note, Texts.NOTE), hintId).update() > 0;
    }

    /** The session's hints not dismissed. */
    public int openCount(String sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM hint WHERE session_id = ? AND NOT dismissed").param(sessionId)
                .query(Integer.class).single();
    }

    /** Sessions whose hints were never searched (made before hints existed). */
    public List<String> unscannedSessions() {
        return jdbc.sql("""
                SELECT DISTINCT e.session_id FROM employee e
                WHERE NOT EXISTS (SELECT 1 FROM hint_scan h WHERE h.session_id = e.session_id)""")
                .query(String.class).list();
    }

    private Optional<EmployeeDetail.HintLine> line(String id) {
        record Row(String id, String type, String detail, boolean dismissed, @Nullable String dismissedBy,
                @Nullable Timestamp dismissedAt, @Nullable String note) {
        }
        return jdbc.sql("SELECT id, type, detail, dismissed, dismissed_by, dismissed_at, note FROM hint WHERE id = ?")
                .param(id).query(Row.class).optional().map(row -> {
                    List<String> transactions = new ArrayList<>();
                    List<String> receipts = new ArrayList<>();
                    jdbc.sql("SELECT kind, item FROM hint_item WHERE hint_id = ? ORDER BY seq").param(id).query(rs -> {
                        (rs.getString(1).equals("T") ? transactions : receipts).add(rs.getString(2));
                    });
                    return new EmployeeDetail.HintLine(row.id(), row.type(), transactions, receipts, row.detail(),
                            row.dismissed(), row.dismissedBy(),
                            row.dismissedAt() == null ? null : row.dismissedAt().toInstant(), row.note());
                });
    }
}
