package com.ccp.lifecycle;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts what a close would leave undone, per session. */
@Repository
class CloseImpacts {

    private final JdbcClient jdbc;

    CloseImpacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sessions' impacts, in the order of {@code sessionIds}' creation (newest first). */
    List<CloseImpact> of(List<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT s.id, s.name, s.status,
                       COALESCE((SELECT SUM(e.open_issues) FROM employee e WHERE e.session_id = s.id), 0),
                       (SELECT COUNT(*) FROM employee e WHERE e.session_id = s.id AND e.open_issues = 0
                          AND e.transaction_count + e.receipt_count > 0
                          AND NOT EXISTS (SELECT 1 FROM employee_revision r
                                          WHERE r.employee_ref = e.id AND r.export_batch_id IS NOT NULL))
                FROM processing_session s WHERE s.id IN (:ids)
                ORDER BY s.created_at DESC, s.id""")
                .param("ids", sessionIds)
                .query((rs, row) -> new CloseImpact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }
}
