package com.ccp.employee;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of what sessions hold in employees: counts and totals for lists, close warnings and statistics. */
@Repository
public class EmployeeTotals {

    /** One session's employees in figures. */
    public record Totals(int employees, int openIssues, int ready, BigDecimal carTotal, BigDecimal receiptTotal) {

        public static final Totals NONE = new Totals(0, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }

    /** What a close would leave undone: open issues, and ready employees with documents never exported. */
    public record Undone(int openIssues, int readyNeverExported) {
    }

    private final JdbcClient jdbc;

    EmployeeTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By session id; a session without employees is absent. */
    public Map<String, Totals> of(Collection<String> sessionIds) {
        Map<String, Totals> totals = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return totals;
        }
        jdbc.sql("""
                SELECT session_id, COUNT(*), SUM(open_issues), SUM(open_issues = 0), SUM(car_total), SUM(receipt_total)
                FROM employee WHERE session_id IN (:ids) GROUP BY session_id""")
                .param("ids", sessionIds)
                .query(rs -> {
                    totals.put(rs.getString(1), new Totals(rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6)));
                });
        return totals;
    }

    /** By session id, every listed session present. */
    public Map<String, Undone> undone(Collection<String> sessionIds) {
        Map<String, Undone> undone = new HashMap<>();
        sessionIds.forEach(id -> undone.put(id, new Undone(0, 0)));
        if (sessionIds.isEmpty()) {
            return undone;
        }
        jdbc.sql("""
                SELECT e.session_id, COALESCE(SUM(e.open_issues), 0),
                       SUM(e.open_issues = 0 AND e.transaction_count + e.receipt_count > 0
                           AND NOT EXISTS (SELECT 1 FROM employee_revision r
                                           WHERE r.employee_ref = e.id AND r.export_batch_id IS NOT NULL))
                FROM employee e WHERE e.session_id IN (:ids) GROUP BY e.session_id""")
                .param("ids", sessionIds)
                .query(rs -> {
                    undone.put(rs.getString(1), new Undone(rs.getInt(2), rs.getInt(3)));
                });
        return undone;
    }

    /** Employees of all sessions. */
    public int employees() {
        return jdbc.sql("SELECT COUNT(*) FROM employee").query(Integer.class).single();
    }

    /** Unresolved issues of all sessions. */
    public int openIssues() {
        return jdbc.sql("SELECT COUNT(*) FROM issue WHERE resolved = FALSE").query(Integer.class).single();
    }

    /** Employees of one session. */
    public int employees(String sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM employee WHERE session_id = ?").param(sessionId).query(Integer.class)
                .single();
    }
}
