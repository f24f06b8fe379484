package com.ccp.employee;

import com.ccp.base.Texts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Resolving and reopening issues, each step kept in the issue's history, and the employee's count
 * of open issues. The app's own reasons are {@value #LINKED} and {@value #EXPLAINED_BY_LINKS}.
 */
@Repository
public class IssueResolutions {

    public static final String LINKED = "LINKED";
    public static final String EXPLAINED_BY_LINKS = "EXPLAINED_BY_LINKS";

    /** An issue as resolving needs it. */
    public record State(String id, String employeeRef, String flag, String findingKey, boolean resolved,
            @Nullable String resolutionReason, @Nullable String resolvedByLink) {
    }

    private static final String STATE = """
            SELECT id, employee_ref, flag, finding_key, resolved, resolution_reason, resolved_by_link FROM issue""";

    private final JdbcClient jdbc;

    IssueResolutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<State> find(String sessionId, String issueId) {
        return jdbc.sql(STATE + " WHERE id = ? AND session_id = ?").params(issueId, sessionId).query(State.class)
                .optional();
    }

    public List<State> ofEmployee(String employeeRef) {
        return jdbc.sql(STATE + " WHERE employee_ref = ? ORDER BY flag, finding_key").param(employeeRef)
                .query(State.class).list();
    }

    /** Resolves an open issue; false when it was already resolved. */
    public boolean resolve(String issueId, String reason, @Nullable String note, String by, Instant at,
            @Nullable String linkId) {
        String kept = note == null || note.isBlank() ? null : Texts.truncate(note.strip(), Texts.NOTE);
        int changed = jdbc.sql("""
                UPDATE issue SET resolved = TRUE, resolution_reason = ?, note = ?, resolved_by = ?, resolved_at = ?,
                    resolved_by_link = ?
                WHERE id = ? AND resolved = FALSE""")
                .params(reason, kept, by, Timestamp.from(at), linkId, issueId).update();
        if (changed > 0) {
            event(issueId, "RESOLVED", reason, kept, by, at);
        }
        return changed > 0;
    }

    /** Opens a resolved issue again; its resolution stays in the history, the note says why it reopened. */
    public boolean reopen(String issueId, String note, String by, Instant at) {
        String kept = Texts.truncate(note.strip(), Texts.NOTE);
        int changed = jdbc.sql("""
                UPDATE issue SET resolved = FALSE, resolution_reason = NULL, note = ?, resolved_by = NULL,
                    resolved_at = NULL, resolved_by_link = NULL
                WHERE id = ? AND resolved = TRUE""").params(kept, issueId).update();
        if (changed > 0) {
            event(issueId, "REOPENED", null, kept, by, at);
        }
        return changed > 0;
    }

    public void recount(String employeeRef) {
        jdbc.sql("UPDATE employee SET open_issues = (SELECT COUNT(*) FROM issue WHERE employee_ref = ? AND NOT resolved)"
                + " WHERE id = ?").params(employeeRef, employeeRef).update();
    }

    public List<EmployeeDetail.IssueEvent> history(String employeeRef) {
        return jdbc.sql("""
                SELECT ev.issue_id, ev.action, ev.reason, ev.note, ev.actor, ev.at
                FROM issue_event ev JOIN issue i ON i.id = ev.issue_id
                WHERE i.employee_ref = ? ORDER BY ev.id""").param(employeeRef)
                .query(EmployeeDetail.IssueEvent.class).list();
    }

    private void event(String issueId, String action, @Nullable String reason, @Nullable String note, String by,
            Instant at) {
        jdbc.sql("INSERT INTO issue_event (issue_id, action, reason, note, actor, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(issueId, action, reason, note, by, Timestamp.from(at)).update();
    }
}
