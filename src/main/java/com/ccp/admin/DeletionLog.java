package com.ccp.admin;

import com.ccp.base.Texts;
import com.ccp.employee.EmployeeTotals;
import com.ccp.export.BatchRecords;
import com.ccp.processing.SessionService;
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

    private final SessionService sessions;
    private final EmployeeTotals employees;
    private final BatchRecords batches;

    DeletionLog(JdbcClient jdbc, SessionService sessions, EmployeeTotals employees, BatchRecords batches) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.employees = employees;
        this.batches = batches;
    }

    /** Copies what the session is, before it is deleted in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(String sessionId, String deletedBy, Instant at, String criteria) {
        sessions.record(sessionId).ifPresent(s -> jdbc.sql("""
                INSERT INTO session_deletion (session_id, name, period, owner, status, created_at, closed_at, employees,
                    export_batches, deleted_by, deleted_at, criteria)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.name(), s.period(), s.owner(), s.status().name(), Timestamp.from(s.createdAt()),
                        s.closedAt() == null ? null : Timestamp.from(s.closedAt()), employees.employees(sessionId),
                        batches.countOf(sessionId), deletedBy, Timestamp.from(at),
                        Texts.truncate(criteria, Texts.DETAIL))
                .update());
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
