package com.ccp.delta;

import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.Flag;
import com.ccp.report.ParseWarning;
import com.ccp.report.Receipt;
import com.ccp.review.LinksAndHints;
import com.ccp.review.ReconciliationStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison of a session with a late receipt report, and the receipt side of the session as
 * the comparison needs it. Each row keeps the outcome an accept would apply (as JSON), so what is
 * applied is exactly what the user reviewed, even after a restart.
 */
@Repository
class ComparisonStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ReconciliationStore warningStore;
    private final JsonMapper json;
    private final LinksAndHints linksAndHints;

    ComparisonStore(JdbcClient jdbc, JdbcTemplate batch, ReconciliationStore warningStore, JsonMapper json,
            LinksAndHints linksAndHints) {
        this.linksAndHints = linksAndHints;
        this.jdbc = jdbc;
        this.batch = batch;
        this.warningStore = warningStore;
        this.json = json;
    }

    /** Every employee of the session with their receipts (with file versions) and receipt-file integrity findings. */
    Map<String, StoredEmployee> stored(String sessionId) {
        Map<String, List<VersionedReceipt>> receipts = new HashMap<>();
        jdbc.sql("""
                SELECT e.employee_id, r.receipt_id, r.receipt_date, r.merchant, r.amount, r.address, r.title, r.purpose,
                       r.attachment, r.attachment_pages, r.page, r.file_version
                FROM receipt r JOIN employee e ON e.id = r.employee_ref
                WHERE r.session_id = ? ORDER BY r.file_version, r.page, r.receipt_id""")
                .param(sessionId)
                .query((rs, n) -> {
                    Receipt receipt = new Receipt(rs.getString("receipt_id"),
                            rs.getDate("receipt_date").toLocalDate(), rs.getString("merchant"),
                            rs.getBigDecimal("amount"), rs.getString("address"), rs.getString("title"),
                            rs.getString("purpose"), rs.getBoolean("attachment"), rs.getInt("attachment_pages"),
                            rs.getInt("page"));
                    receipts.computeIfAbsent(rs.getString("employee_id"), k -> new ArrayList<>())
                            .add(new VersionedReceipt(receipt, rs.getInt("file_version")));
                    return receipt;
                }).list();
        Map<String, List<Finding>> integrity = new HashMap<>();
        jdbc.sql("""
                SELECT e.employee_id, i.flag, i.finding_key, i.detail, i.amount_impact
                FROM issue i JOIN employee e ON e.id = i.employee_ref
                WHERE i.session_id = ? AND i.finding_key LIKE 'FILE_INTEGRITY:RECEIPT%'""")
                .param(sessionId)
                .query((rs, n) -> integrity.computeIfAbsent(rs.getString("employee_id"), k -> new ArrayList<>())
                        .add(new Finding(Flag.valueOf(rs.getString("flag")), rs.getString("finding_key"),
                                rs.getString("detail"), rs.getBigDecimal("amount_impact"))))
                .list();
        Map<String, List<StoredEmployee.LinkedItems>> links = new HashMap<>();
        linksAndHints.linksByEmployee(sessionId).forEach((employeeId, list) -> links.put(employeeId, list.stream()
                .map(link -> new StoredEmployee.LinkedItems(link.transactions(), link.receipts())).toList()));
        Map<String, StoredEmployee> employees = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT employee_id, COALESCE(car_name, receipt_name, employee_id) AS name, in_car, receipt_name
                FROM employee WHERE session_id = ? ORDER BY employee_id""")
                .param(sessionId)
                .query((rs, n) -> {
                    String id = rs.getString("employee_id");
                    return new StoredEmployee(id, rs.getString("name"), rs.getBoolean("in_car"),
                            rs.getString("receipt_name"), receipts.getOrDefault(id, List.of()),
                            integrity.getOrDefault(id, List.of()), links.getOrDefault(id, List.of()));
                })
                .list().forEach(e -> employees.put(e.employeeId(), e));
        return employees;
    }

    /** Replaces any earlier comparison of the session; the new file's reading notes are kept beside the others. */
    @Transactional(propagation = Propagation.MANDATORY)
    void save(String sessionId, int version, MergeMode mode, ReceiptMerge.Comparison comparison,
            List<ParseWarning> warnings, Instant at) {
        delete(sessionId);
        jdbc.sql("""
                INSERT INTO receipt_comparison (session_id, receipt_version, mode, new_receipts, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(sessionId, version, mode.name(), comparison.newReceipts(), Timestamp.from(at)).update();
        batch.batchUpdate("""
                INSERT INTO comparison_change (session_id, employee_id, name, change_type, old_receipt_total,
                    new_receipt_total, old_receipt_count, new_receipt_count, added_receipts, changed_receipts,
                    receipts_changed, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", comparison.changes().stream()
                .map(c -> new Object[] {sessionId, c.employeeId(), c.name(), c.type().name(), c.oldReceiptTotal(),
                        c.newReceiptTotal(), c.oldReceiptCount(), c.newReceiptCount(), c.addedReceiptIds().size(),
                        c.changedReceiptIds().size(), c.receiptsChanged(), json.writeValueAsString(c.outcome())})
                .toList());
        String source = warningSource(version);
        warningStore.saveWarnings(sessionId, warnings.stream()
                .map(w -> new ReconciliationStore.Warning(source, w)).toList());
    }

    Optional<ComparisonHeader> header(String sessionId) {
        return jdbc.sql("""
                SELECT receipt_version, mode, new_receipts, created_at, applied_by, applied_at
                FROM receipt_comparison WHERE session_id = ?""")
                .param(sessionId)
                .query((rs, n) -> new ComparisonHeader(rs.getInt("receipt_version"), MergeMode.valueOf(rs.getString("mode")),
                        rs.getInt("new_receipts"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("applied_by"), instant(rs.getTimestamp("applied_at"))))
                .optional();
    }

    List<ChangeLine> lines(String sessionId) {
        return jdbc.sql("""
                SELECT employee_id, name, change_type, old_receipt_total, new_receipt_total, old_receipt_count,
                       new_receipt_count, added_receipts, changed_receipts, receipts_changed, decision
                FROM comparison_change WHERE session_id = ? ORDER BY employee_id""")
                .param(sessionId)
                .query((rs, n) -> new ChangeLine(rs.getString("employee_id"), rs.getString("name"),
                        ChangeType.valueOf(rs.getString("change_type")), rs.getBigDecimal("old_receipt_total"),
                        rs.getBigDecimal("new_receipt_total"), rs.getInt("old_receipt_count"),
                        rs.getInt("new_receipt_count"), rs.getInt("added_receipts"), rs.getInt("changed_receipts"),
                        rs.getBoolean("receipts_changed"),
                        rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision"))))
                .list();
    }


    /** One employee's receipts as the session holds them now, with their file versions. */
    List<VersionedReceipt> receipts(String sessionId, String employeeId) {
        return jdbc.sql("""
                SELECT r.receipt_id, r.receipt_date, r.merchant, r.amount, r.address, r.title, r.purpose,
                       r.attachment, r.attachment_pages, r.page, r.file_version
                FROM receipt r JOIN employee e ON e.id = r.employee_ref
                WHERE r.session_id = ? AND e.employee_id = ? ORDER BY r.file_version, r.page, r.receipt_id""")
                .params(sessionId, employeeId)
                .query((rs, n) -> new VersionedReceipt(new Receipt(rs.getString("receipt_id"),
                        rs.getDate("receipt_date").toLocalDate(), rs.getString("merchant"), rs.getBigDecimal("amount"),
                        rs.getString("address"), rs.getString("title"), rs.getString("purpose"),
                        rs.getBoolean("attachment"), rs.getInt("attachment_pages"), rs.getInt("page")),
                        rs.getInt("file_version")))
                .list();
    }

    /** One employee's issues as the session holds them now. */
    List<AcceptPreview.IssueBefore> issues(String sessionId, String employeeId) {
        return jdbc.sql("""
                SELECT i.flag, i.finding_key, i.detail, i.amount_impact, i.resolved
                FROM issue i JOIN employee e ON e.id = i.employee_ref
                WHERE i.session_id = ? AND e.employee_id = ? ORDER BY i.flag, i.finding_key""")
                .params(sessionId, employeeId)
                .query((rs, n) -> new AcceptPreview.IssueBefore(rs.getString("flag"), rs.getString("finding_key"),
                        rs.getString("detail"), rs.getBigDecimal("amount_impact"), rs.getBoolean("resolved")))
                .list();
    }

    /** The outcomes an accept of these employees would apply, by Employee ID, in one query. */
    Map<String, Outcome> outcomes(String sessionId, Collection<String> employeeIds) {
        Map<String, Outcome> outcomes = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return outcomes;
        }
        Set<String> wanted = Set.copyOf(employeeIds);
        jdbc.sql("SELECT employee_id, outcome FROM comparison_change WHERE session_id = ?").param(sessionId)
                .query((rs, n) -> {
                    String id = rs.getString("employee_id");
                    if (wanted.contains(id)) {
                        outcomes.put(id, json.readValue(rs.getString("outcome"), Outcome.class));
                    }
                    return id;
                }).list();
        return outcomes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void recordDecisions(String sessionId, Collection<String> accepted, String by, Instant at) {
        jdbc.sql("UPDATE comparison_change SET decision = 'REJECT' WHERE session_id = ?").param(sessionId).update();
        batch.batchUpdate("UPDATE comparison_change SET decision = 'ACCEPT' WHERE session_id = ? AND employee_id = ?",
                accepted.stream().map(id -> new Object[] {sessionId, id}).toList());
        jdbc.sql("UPDATE receipt_comparison SET applied_by = ?, applied_at = ? WHERE session_id = ?")
                .params(by, Timestamp.from(at), sessionId).update();
    }

    /** Forgets a discarded comparison, with the reading notes of its receipt file. */
    @Transactional(propagation = Propagation.MANDATORY)
    void discard(String sessionId, int version) {
        delete(sessionId);
        jdbc.sql("DELETE FROM parse_warning WHERE session_id = ? AND source = ?")
                .params(sessionId, warningSource(version)).update();
    }

    /** Reading notes of a late receipt report are kept apart from the first read's, per version. */
    private static String warningSource(int version) {
        return "RECEIPTS v" + version;
    }

    private void delete(String sessionId) {
        jdbc.sql("DELETE FROM receipt_comparison WHERE session_id = ?").param(sessionId).update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
