package com.ccp.review;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.base.Texts;
import com.ccp.employee.EmployeeDetail;
import com.ccp.employee.EmployeeFilter;
import com.ccp.employee.EmployeeLink;
import com.ccp.employee.EmployeeQueries;
import com.ccp.employee.EmployeeRow;
import com.ccp.employee.HintStore;
import com.ccp.employee.IssueResolutions;
import com.ccp.employee.LinkStore;
import com.ccp.employee.ReadingWarning;
import com.ccp.employee.ResolutionReason;
import com.ccp.employee.TransactionLines;
import com.ccp.export.ExportService;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The employees of a session, their details and page images, and resolving their issues. */
@Service
public class EmployeeService {

    private static final float PAGE_DPI = 110f;

    private final SessionService sessions;
    private final ExportService exports;
    private final EmployeeQueries queries;
    private final SessionFiles sessionFiles;
    private final FileStore fileStore;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final LinkStore linkStore;
    private final HintStore hintStore;
    private final IssueResolutions resolutions;
    private final ChangeGuard guard;

    EmployeeService(SessionService sessions, ExportService exports, EmployeeQueries queries, SessionFiles sessionFiles,
            FileStore fileStore, ActivityLog activityLog, Clock clock, LinkStore linkStore, HintStore hintStore,
            IssueResolutions resolutions, ChangeGuard guard) {
        this.linkStore = linkStore;
        this.hintStore = hintStore;
        this.resolutions = resolutions;
        this.sessions = sessions;
        this.exports = exports;
        this.queries = queries;
        this.sessionFiles = sessionFiles;
        this.fileStore = fileStore;
        this.activityLog = activityLog;
        this.clock = clock;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public List<EmployeeRow> employees(Actor actor, String sessionId, EmployeeFilter filter) {
        sessions.requireVisible(actor, sessionId);
        Map<String, Integer> batches = exports.batchNumbers(sessionId);
        return queries.employees(sessionId, filter).stream()
                .map(row -> row.withExportedBatch(batches.get(row.ref()))).toList();
    }

    /** The employees the filter keeps, in the given column's order (then by Employee ID). */
    @Transactional(readOnly = true)
    public List<EmployeeRow> employees(Actor actor, String sessionId, EmployeeFilter filter, EmployeeSort sort,
            boolean descending) {
        return employees(actor, sessionId, filter).stream().sorted(sort.comparator(descending)).toList();
    }

    /** Where an employee stands in the filtered, ordered list, and who comes before and after it. */
    public record Neighbours(@Nullable String previous, @Nullable String next, int position, int count) {
    }

    /**
     * The employees before and after {@code employeeId} in the list the session page shows with this
     * filter and order; position 0 when the employee is not in that list (then "next" is its first).
     */
    @Transactional(readOnly = true)
    public Neighbours neighbours(Actor actor, String sessionId, EmployeeFilter filter, EmployeeSort sort,
            boolean descending, String employeeId) {
        List<String> ids = employees(actor, sessionId, filter, sort, descending).stream()
                .map(EmployeeRow::employeeId).toList();
        int index = ids.indexOf(employeeId);
        if (index < 0) {
            return new Neighbours(null, ids.isEmpty() ? null : ids.getFirst(), 0, ids.size());
        }
        return new Neighbours(index == 0 ? null : ids.get(index - 1),
                index == ids.size() - 1 ? null : ids.get(index + 1), index + 1, ids.size());
    }

    @Transactional(readOnly = true)
    public EmployeeDetail employee(Actor actor, String sessionId, String employeeId) {
        sessions.requireVisible(actor, sessionId);
        EmployeeRow row = queries.employee(sessionId, employeeId)
                .map(found -> found.withExportedBatch(exports.batchNumbers(sessionId).get(found.ref())))
                .orElseThrow(() -> AppException.notFound("Employee " + employeeId));
        List<EmployeeLink> links = linkStore.holdings(row.ref()).links();
        TransactionLines.Lines lines = TransactionLines.of(queries.transactions(row.ref()), queries.receipts(row.ref()),
                links);
        return new EmployeeDetail(row, lines.transactions(), lines.receipts(), queries.issues(row.ref()),
                queries.revisions(row.ref()), links, lines.suggestions(), hintStore.ofEmployee(row.ref()),
                resolutions.history(row.ref()));
    }

    @Transactional(readOnly = true)
    public List<ReadingWarning> warnings(Actor actor, String sessionId) {
        sessions.requireVisible(actor, sessionId);
        return queries.warnings(sessionId);
    }

    /** Resolves one issue with a reason and a note; who and when are kept. The session must be COMPLETED. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EmployeeDetail.IssueLine resolveIssue(Actor actor, String sessionId, String issueId,
            @Nullable ResolutionReason reason, @Nullable String note) {
        guard.requireWritable(actor, AuditAction.RESOLVE_ISSUE, sessionId);
        Texts.requireWithin(note, Texts.NOTE, "note");
        if (reason == null) {
            throw new AppException(ErrorCode.BAD_INPUT, "Choose why the issue is resolved.", Map.of("field", "reason"));
        }
        sessions.requireAction(actor, sessionId, SessionAction.RESOLVE_ISSUE);
        String employeeRef = lockedEmployeeOf(sessionId, issueId);
        if (!resolutions.resolve(issueId, reason.name(), note, actor.effectiveUser(), clock.instant(), null)) {
            throw new AppException(ErrorCode.CONFLICT, "This issue is already resolved; reload the page to see by whom.");
        }
        resolutions.recount(employeeRef);
        activityLog.success(actor, AuditAction.RESOLVE_ISSUE, sessionId,
                "issue " + issueId + " resolved: " + reason.label());
        return issue(employeeRef, issueId);
    }

    /** Resolves every open issue of one employee with one reason and note (api.md "resolve-all"). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EmployeeDetail resolveAll(Actor actor, String sessionId, String employeeId, @Nullable ResolutionReason reason,
            @Nullable String note) {
        guard.requireWritable(actor, AuditAction.RESOLVE_ALL, sessionId);
        Texts.requireWithin(note, Texts.NOTE, "note");
        if (reason == null) {
            throw new AppException(ErrorCode.BAD_INPUT, "Choose why the issues are resolved.", Map.of("field", "reason"));
        }
        sessions.requireAction(actor, sessionId, SessionAction.RESOLVE_ISSUE);
        String employeeRef = linkStore.lockEmployee(sessionId, employeeId)
                .orElseThrow(() -> AppException.notFound("Employee " + employeeId));
        Instant now = clock.instant();
        int resolved = 0;
        for (IssueResolutions.State issue : resolutions.ofEmployee(employeeRef)) {
            if (!issue.resolved() && resolutions.resolve(issue.id(), reason.name(), note, actor.effectiveUser(), now,
                    null)) {
                resolved++;
            }
        }
        resolutions.recount(employeeRef);
        activityLog.success(actor, AuditAction.RESOLVE_ALL, sessionId, "employee " + employeeId + ": " + resolved
                + (resolved == 1 ? " issue" : " issues") + " resolved: " + reason.label());
        return employee(actor, sessionId, employeeId);
    }

    /**
     * Opens a resolved issue again with a note; its resolution stays in the history. An issue the app
     * resolved for a link (LINKED, EXPLAINED_BY_LINKS) reopens only when the link is removed.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EmployeeDetail.IssueLine reopenIssue(Actor actor, String sessionId, String issueId, @Nullable String note) {
        guard.requireWritable(actor, AuditAction.REOPEN_ISSUE, sessionId);
        Texts.requireWithin(note, Texts.NOTE, "note");
        if (note == null || note.isBlank()) {
            throw new AppException(ErrorCode.BAD_INPUT, "Say in a note why the issue is open again.",
                    Map.of("field", "note"));
        }
        sessions.requireAction(actor, sessionId, SessionAction.RESOLVE_ISSUE);
        String employeeRef = lockedEmployeeOf(sessionId, issueId);
        IssueResolutions.State issue = resolutions.find(sessionId, issueId).orElseThrow();
        if (!issue.resolved()) {
            throw new AppException(ErrorCode.CONFLICT, "This issue is open already.");
        }
        if (IssueResolutions.LINKED.equals(issue.resolutionReason())
                || IssueResolutions.EXPLAINED_BY_LINKS.equals(issue.resolutionReason())) {
            throw new AppException(ErrorCode.CONFLICT, "This issue was resolved by a link; remove the link to reopen it.",
                    Map.of("reason", String.valueOf(issue.resolutionReason())));
        }
        resolutions.reopen(issueId, note, actor.effectiveUser(), clock.instant());
        resolutions.recount(employeeRef);
        activityLog.success(actor, AuditAction.REOPEN_ISSUE, sessionId,
                "issue " + issueId + " reopened: " + note.strip());
        return issue(employeeRef, issueId);
    }

    /** Locks the row of the issue's employee (all changes of one employee's issues and links take it first). */
    private String lockedEmployeeOf(String sessionId, String issueId) {
        String employeeRef = resolutions.find(sessionId, issueId).map(IssueResolutions.State::employeeRef)
                .orElseThrow(() -> AppException.notFound("Issue " + issueId));
        linkStore.lockEmployee(employeeRef);
        return employeeRef;
    }

    private EmployeeDetail.IssueLine issue(String employeeRef, String issueId) {
        return queries.issues(employeeRef).stream().filter(issue -> issue.id().equals(issueId)).findFirst().orElseThrow();
    }

    /** A page of the session's CAR (version 1) or of a receipt file version, as PNG. */
    @Transactional(readOnly = true)
    public byte[] pageImage(Actor actor, String sessionId, ReportKind kind, int version, int page) {
        sessions.requireVisible(actor, sessionId);
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
