package com.ccp.review;

import com.ccp.audit.ActivityLog;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.pdf.PageImages;
import com.ccp.pdf.PageOverBudget;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionService;
import com.ccp.security.Actor;
import com.ccp.storage.FileStore;
import com.ccp.storage.ReportKind;
import com.ccp.storage.SessionFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employees of a session, their details and page images, and resolving their issues. */
@Service
public class EmployeeService {

    private static final float PAGE_DPI = 110f;

    private final SessionService sessions;
    private final EmployeeQueries queries;
    private final SessionFiles sessionFiles;
    private final FileStore fileStore;
    private final ActivityLog activityLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    EmployeeService(SessionService sessions, EmployeeQueries queries, SessionFiles sessionFiles, FileStore fileStore,
            ActivityLog activityLog, JdbcClient jdbc, Clock clock) {
        this.sessions = sessions;
        this.queries = queries;
        this.sessionFiles = sessionFiles;
        this.fileStore = fileStore;
        this.activityLog = activityLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EmployeeRow> employees(Actor actor, String sessionId, EmployeeFilter filter) {
        sessions.get(actor, sessionId);
        return queries.employees(sessionId, filter);
    }

    @Transactional(readOnly = true)
    public EmployeeDetail employee(Actor actor, String sessionId, String employeeId) {
        sessions.get(actor, sessionId);
        EmployeeRow row = queries.employee(sessionId, employeeId)
                .orElseThrow(() -> AppException.notFound("Employee " + employeeId));
        List<EmployeeDetail.ReceiptLine> receipts = queries.receipts(row.ref());
        return new EmployeeDetail(row, TransactionLines.of(queries.transactions(row.ref()), receipts), receipts,
                queries.issues(row.ref()), queries.revisions(row.ref()));
    }

    /** What the parsers and the matcher could not place or want the user to know, by file and page. */
    public record ReadingWarning(String source, int page, String message) {
    }

    @Transactional(readOnly = true)
    public List<ReadingWarning> warnings(Actor actor, String sessionId) {
        sessions.get(actor, sessionId);
        return jdbc.sql("SELECT source, page, message FROM parse_warning WHERE session_id = ? ORDER BY id")
                .param(sessionId).query(ReadingWarning.class).list();
    }

    /** Resolves one issue with a reason and a note; who and when are kept. The session must be COMPLETED. */
    @Transactional
    public EmployeeDetail.IssueLine resolveIssue(Actor actor, String sessionId, String issueId,
            @Nullable ResolutionReason reason, @Nullable String note) {
        if (reason == null) {
            throw new AppException(ErrorCode.BAD_INPUT, "Choose why the issue is resolved.", Map.of("field", "reason"));
        }
        sessions.requireAction(actor, sessionId, SessionAction.RESOLVE_ISSUE);
        String employeeRef = jdbc.sql("SELECT employee_ref FROM issue WHERE id = ? AND session_id = ? FOR UPDATE")
                .params(issueId, sessionId).query(String.class).optional()
                .orElseThrow(() -> AppException.notFound("Issue " + issueId));
        int changed = jdbc.sql("""
                UPDATE issue SET resolved = TRUE, resolution_reason = ?, note = ?, resolved_by = ?, resolved_at = ?
                WHERE id = ? AND resolved = FALSE""")
                .params(reason.name(), note == null ? null : note.strip(), actor.username(),
                        Timestamp.from(clock.instant()), issueId)
                .update();
        if (changed == 0) {
            throw new AppException(ErrorCode.CONFLICT, "This issue is already resolved; reload the page to see by whom.");
        }
        jdbc.sql("UPDATE employee SET open_issues = (SELECT COUNT(*) FROM issue WHERE employee_ref = ? AND NOT resolved)"
                + " WHERE id = ?").params(employeeRef, employeeRef).update();
        activityLog.success(actor, "RESOLVE_ISSUE", sessionId, "issue " + issueId + " resolved: " + reason);
        return queries.issues(employeeRef).stream().filter(issue -> issue.id().equals(issueId)).findFirst().orElseThrow();
    }

    /** A page of the session's CAR (version 1) or of a receipt file version, as PNG. */
    @Transactional(readOnly = true)
    public byte[] pageImage(Actor actor, String sessionId, ReportKind kind, int version, int page) {
        sessions.get(actor, sessionId);
        SessionFiles.SessionFile file = sessionFiles.find(sessionId, kind, version)
                .orElseThrow(() -> AppException.notFound("File version " + version));
        if (page < 1 || page > file.pageCount()) {
            throw new AppException(ErrorCode.NOT_FOUND, "Page " + page + " is outside 1-" + file.pageCount() + ".");
        }
        try {
            return PageImages.png(fileStore.path(file.sha256()).toFile(), page, PAGE_DPI);
        } catch (PageOverBudget e) {
            throw new AppException(ErrorCode.DAMAGED_PDF, "This page cannot be shown: " + e.describe() + ".");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render page " + page + ": " + e.getMessage(), e);
        }
    }
}
