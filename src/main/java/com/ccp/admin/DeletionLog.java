package com.ccp.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The deletion audit log: one row per session a bulk cleanup deleted, written in the deleting transaction. */
@Repository
public class DeletionLog {

    /** One deleted session as it was, and who deleted it when and by which criteria. */
    public record Entry(long id, String sessionId, String name, @Nullable String period, String owner, String status,
            Instant createdAt, @Nullable Instant closedAt, int employees, int exportBatches, String deletedBy,
            Instant deletedAt, String criteria) {
    }

    private final JdbcClient jdbc;

    DeletionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies what the session is, before it is deleted in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(String sessionId, String deletedBy, Instant at, String criteria) {
        jdbc.sql("""
                INSERT INTO session_deletion (session_id, name, period, owner, status, created_at, closed_at, employees,
                    export_batches, deleted_by, deleted_at, criteria)
                SELECT s.id, s.name, s.period, s.owner, s.status, s.created_at, s.closed_at,
                    (SELECT COUNT(*) FROM employee e WHERE e.session_id = s.id),
                    (SELECT COUNT(*) FROM export_batch b WHERE b.session_id = s.id),
                    ?, ?, ?
                FROM processing_session s WHERE s.id = ?""")
                .params(deletedBy, Timestamp.from(at), com.ccp.base.Texts.truncate(criteria, 1000), sessionId)
                .update();
    }

    /** The newest entries first. */
    @Transactional(readOnly = true)
    List<Entry> recent(int limit) {
        return jdbc.sql("""
                SELECT id, session_id, name, period, owner, status, created_at, closed_at, employees, export_batches,
                       deleted_by, deleted_at, criteria
                FROM session_deletion ORDER BY deleted_at DESC, id DESC LIMIT ?""")
                .param(limit).query(Entry.class).list();
    }

    @Transactional(readOnly = true)
    List<Entry> ofSession(String sessionId) {
        return jdbc.sql("""
                SELECT id, session_id, name, period, owner, status, created_at, closed_at, employees, export_batches,
                       deleted_by, deleted_at, criteria
                FROM session_deletion WHERE session_id = ? ORDER BY id""")
                .param(sessionId).query(Entry.class).list();
    }
}
