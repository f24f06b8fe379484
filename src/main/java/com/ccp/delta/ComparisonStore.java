package com.ccp.delta;

import com.ccp.employee.EmployeeWriter;
import com.ccp.employee.Outcome;
import com.ccp.employee.ReadingWarning;
import com.ccp.report.ParseWarning;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
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
 * The comparison of a session with a late receipt report. Each row keeps the outcome an accept
 * would apply (as JSON), so what is applied is exactly what the user reviewed, even after a restart.
 */
@Repository
class ComparisonStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final EmployeeWriter employees;
    private final JsonMapper json;

    ComparisonStore(JdbcClient jdbc, JdbcTemplate batch, EmployeeWriter employees, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.employees = employees;
        this.json = json;
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
        String source = ReadingWarning.lateReceipts(version);
        employees.saveWarnings(sessionId, warnings.stream().map(w -> new EmployeeWriter.Warning(source, w)).toList());
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
        employees.dropWarnings(sessionId, ReadingWarning.lateReceipts(version));
    }

    private void delete(String sessionId) {
        jdbc.sql("DELETE FROM receipt_comparison WHERE session_id = ?").param(sessionId).update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
