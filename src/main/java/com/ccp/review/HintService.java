package com.ccp.review;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.base.Texts;
import com.ccp.employee.EmployeeDetail;
import com.ccp.employee.HintStore;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionService;
import com.ccp.security.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hints (formats.md §3): searched again whenever a session's data is written (reading the reports,
 * applying a late receipt report), dismissed by a clerk with a note. They never touch issues, flags
 * or readiness.
 */
@Service
public class HintService {

    private final SessionService sessions;
    private final HintStore store;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final ChangeGuard guard;

    HintService(SessionService sessions, HintStore store, ActivityLog activityLog, Clock clock,
            ChangeGuard guard) {
        this.sessions = sessions;
        this.store = store;
        this.activityLog = activityLog;
        this.clock = clock;
        this.guard = guard;
    }

    /** Searches the session's hints again from what it holds now; dismissals of hints still found stay. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revalidate(String sessionId) {
        store.sync(sessionId, clock.instant());
    }

    @Transactional
    public EmployeeDetail.HintLine dismiss(Actor actor, String sessionId, String hintId, @Nullable String note) {
        guard.requireWritable(actor, AuditAction.DISMISS_HINT, sessionId);
        Texts.requireWithin(note, Texts.NOTE, "note");
        if (note == null || note.isBlank()) {
            throw new AppException(ErrorCode.BAD_INPUT, "Say in a note why this hint needs no action.",
                    Map.of("field", "note"));
        }
        sessions.requireAction(actor, sessionId, SessionAction.RESOLVE_ISSUE);
        EmployeeDetail.HintLine hint = store.find(sessionId, hintId)
                .orElseThrow(() -> AppException.notFound("Hint " + hintId));
        if (!store.dismiss(hintId, note.strip(), actor.effectiveUser(), clock.instant())) {
            throw new AppException(ErrorCode.CONFLICT, "This hint is already dismissed; reload the page to see by whom.");
        }
        activityLog.success(actor, AuditAction.DISMISS_HINT, sessionId, hint.type() + " dismissed: " + note.strip());
        return store.find(sessionId, hintId).orElseThrow();
    }

    /** The session's hints not dismissed. */
    @Transactional(readOnly = true)
    public int openCount(Actor actor, String sessionId) {
        sessions.requireVisible(actor, sessionId);
        return store.openCount(sessionId);
    }

    /** Every hint of the session by Employee ID (a hint naming two employees is listed under both). */
    @Transactional(readOnly = true)
    public Map<String, List<EmployeeDetail.HintLine>> hintsOfSession(Actor actor, String sessionId) {
        sessions.requireVisible(actor, sessionId);
        return store.byEmployee(sessionId);
    }
}
