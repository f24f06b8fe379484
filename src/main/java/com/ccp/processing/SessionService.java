package com.ccp.processing;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AfterCommit;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions: who may see them, their list and details, and every state change. A user sees their
 * own sessions only (another user's is "not found"); an admin sees all.
 */
@Service
public class SessionService {

    private final ProcessingSessionRepository sessions;
    private final SessionQueries queries;
    private final LiveProgress liveProgress;
    private final ActivityLog activityLog;
    private final ChangeGuard guard;
    private final Clock clock;

    SessionService(ProcessingSessionRepository sessions, SessionQueries queries, LiveProgress liveProgress,
            ActivityLog activityLog, ChangeGuard guard, Clock clock) {
        this.sessions = sessions;
        this.queries = queries;
        this.liveProgress = liveProgress;
        this.activityLog = activityLog;
        this.clock = clock;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public List<SessionSummary> list(Actor actor, SessionFilter filter, int offset, int limit) {
        return queries.list(visibleOwner(actor), filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(Actor actor, SessionFilter filter) {
        return queries.count(visibleOwner(actor), filter);
    }

    /**
     * The access check of every read of a session's data: its owner, or an admin, may see it
     * (support sees it while viewing as the owner); anyone else gets NOT_FOUND, as for no session.
     */
    @Transactional(readOnly = true)
    public void requireVisible(Actor actor, String sessionId) {
        visible(actor, sessionId);
    }

    @Transactional(readOnly = true)
    public SessionDetails get(Actor actor, String sessionId) {
        ProcessingSession session = visible(actor, sessionId);
        SessionSummary summary = queries.summary(sessionId).orElseThrow();
        SessionDetails.Progress progress = liveProgress.of(sessionId).orElseGet(() -> new SessionDetails.Progress(
                session.phase(), session.pagesDone(), session.pagesTotal(), session.employeesFound()));
        return new SessionDetails(session.id(), session.name(), session.period(), session.company(), session.status(),
                session.owner(), session.createdAt(), session.closedBy(), session.closedAt(), session.closureReason(),
                session.receiptVersion(), session.lastReceiptUpload(), session.failureReason(), progress,
                new SessionDetails.Totals(summary.employees(), summary.carTotal(), summary.receiptTotal(),
                        summary.openIssues(), summary.ready()));
    }

    /**
     * Checks that the actor may see the session and take the action in its current state; used by
     * every feature's service before it changes anything of a session. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SessionStatus requireAction(Actor actor, String sessionId, SessionAction action) {
        return allowed(actor, sessionId, action).status();
    }

    /** The session, once the actor may see it and take the action in its current state (refusals audited). */
    private ProcessingSession allowed(Actor actor, String sessionId, SessionAction action) {
        guard.requireWritable(actor, action.audit(), sessionId);
        ProcessingSession session = visible(actor, sessionId);
        if (!SessionStateMachine.allows(session.status(), action, actor.isAdmin())) {
            activityLog.refusal(actor, action.audit(), sessionId, "refused in state " + session.status());
            SessionStateMachine.check(session.status(), action, actor.isAdmin());
        }
        return session;
    }

    /** A new session, already PROCESSING: its files were validated before this is called. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String createProcessing(Actor actor, String name, String period, String company) {
        guard.requireWritable(actor, AuditAction.CREATE_SESSION, null);
        String id = UUID.randomUUID().toString();
        ProcessingSession session = new ProcessingSession(id, name, period, company, actor.effectiveUser(),
                SessionStatus.PROCESSING, clock.instant());
        sessions.save(session);
        activityLog.success(actor, AuditAction.CREATE_SESSION, id, "created '" + name + "' for " + period);
        return id;
    }

    /** The owner of a session, for background work that runs on its behalf. */
    @Transactional(readOnly = true)
    public String ownerOf(String sessionId) {
        return load(sessionId).owner();
    }

    /** Everyone who owns a session, for support's choice of whom to view as. */
    @Transactional(readOnly = true)
    public List<String> owners() {
        return queries.owners();
    }

    @Transactional(readOnly = true)
    public SessionStatus statusOf(String sessionId) {
        return load(sessionId).status();
    }

    /** Background work records its phase; the counters live in {@link LiveProgress} meanwhile. */
    @Transactional
    public void recordPhase(String sessionId, ReadingPhase phase, int pagesDone, int pagesTotal, int employeesFound) {
        ProcessingSession session = load(sessionId);
        session.progress(phase, pagesDone, pagesTotal, employeesFound);
        save(session);
    }

    /** Joins the transaction that persisted the results, so results and COMPLETED commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(String sessionId, int pagesTotal, int employees) {
        ProcessingSession session = load(sessionId);
        if (session.status() != SessionStatus.PROCESSING) {
            throw new AppException(ErrorCode.CONFLICT, "The session is " + session.status() + ", not PROCESSING.");
        }
        session.progress(ReadingPhase.DONE, pagesTotal, pagesTotal, employees);
        session.complete(clock.instant());
        save(session);
        AfterCommit.run(() -> liveProgress.finished(sessionId));
    }

    /** Reading failed: a first read ends FAILED; a late receipt report's read returns to COMPLETED. */
    @Transactional
    public void fail(String sessionId, String reason) {
        sessions.findById(sessionId).ifPresent(session -> {
            if (session.status() == SessionStatus.PROCESSING) {
                session.fail(reason, clock.instant());
                save(session);
            } else if (session.status() == SessionStatus.RECEIPT_REPROCESSING) {
                session.reprocessingFailed(reason, clock.instant());
                save(session);
            }
        });
        AfterCommit.run(() -> liveProgress.finished(sessionId));
    }

    /**
     * A user action that only moves the session (pause, resume, cancel, apply, discard): checked,
     * audited, and conflicting with any concurrent change of the session. Returns the state it reached.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SessionStatus transition(Actor actor, String sessionId, SessionAction action, String details) {
        ProcessingSession session = allowed(actor, sessionId, action);
        SessionStatus from = session.status();
        if (action == SessionAction.PAUSE) {
            liveProgress.of(sessionId).ifPresent(p -> session.progress(p.phase(), p.pagesDone(), p.pagesTotal(),
                    p.employeesFound()));
        }
        session.apply(action, actor.isAdmin(), clock.instant());
        save(session);
        AfterCommit.run(() -> liveProgress.finished(sessionId));
        activityLog.success(actor, action.audit(), sessionId, from + " → " + session.status()
                + (details.isEmpty() ? "" : ": " + details));
        return session.status();
    }

    /** Closes for good with a reason; an admin may close any session that is not closed yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public SessionStatus close(Actor actor, String sessionId, String reason) {
        ProcessingSession session = allowed(actor, sessionId, SessionAction.CLOSE);
        SessionStatus from = session.status();
        session.close(actor.effectiveUser(), reason, clock.instant());
        save(session);
        activityLog.success(actor, AuditAction.CLOSE, sessionId, "closed (was " + from + "): " + reason);
        return from;
    }

    /** Sessions an admin's cleanup criteria match (see {@link SessionQueries#matching}); no access check. */
    @Transactional(readOnly = true)
    public List<SessionRecord> matching(Collection<SessionStatus> statuses, @Nullable Instant closedBefore,
            @Nullable Instant failedBefore, @Nullable String owner) {
        return queries.matching(statuses, closedBefore, failedBefore, owner);
    }

    /** The session as it is now, for the deletion log; no access check. */
    @Transactional(readOnly = true)
    public Optional<SessionRecord> record(String sessionId) {
        return queries.record(sessionId);
    }

    /** Sessions by status (every status present) and created per month since {@code since}, for the admin. */
    @Transactional(readOnly = true)
    public SessionCounts counts(Instant since) {
        return new SessionCounts(queries.countByStatus(), queries.createdPerMonth(since));
    }

    /** Session id → name of the listed sessions; the caller has checked who may see them. */
    @Transactional(readOnly = true)
    public Map<String, String> names(List<String> sessionIds) {
        return queries.names(sessionIds);
    }

    /**
     * Holds the session's row until the caller's transaction ends, waiting at most {@code seconds}
     * for another holder; false when there is no such session.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lock(String sessionId, int seconds) {
        return queries.lock(sessionId, seconds);
    }

    /** The listed sessions, newest first; the caller has checked who may see them. */
    @Transactional(readOnly = true)
    public List<SessionRecord> records(List<String> sessionIds) {
        return queries.records(sessionIds);
    }

    /** The actor's own sessions that "close all" would close (an admin closes others' one by one). */
    @Transactional(readOnly = true)
    public List<String> closeable(Actor actor) {
        return sessions.findByOwnerAndStatusIn(actor.effectiveUser(),
                List.of(SessionStatus.COMPLETED, SessionStatus.FAILED, SessionStatus.CANCELLED))
                .stream().map(ProcessingSession::id).toList();
    }

    /** Deletes the session row (its data goes with it); the caller has checked everything else. */
    @Transactional(propagation = Propagation.MANDATORY)
    public SessionStatus delete(Actor actor, String sessionId) {
        ProcessingSession session = allowed(actor, sessionId, SessionAction.DELETE);
        SessionStatus from = session.status();
        try {
            sessions.delete(session);
        } catch (OptimisticLockingFailureException e) {
            throw conflict();
        }
        activityLog.success(actor, AuditAction.DELETE, sessionId,
                "deleted '" + session.name() + "' (" + from + ", owner " + session.owner() + ")");
        AfterCommit.run(() -> liveProgress.finished(sessionId));
        return from;
    }

    /** Accepts a late receipt report: the next receipt version is taken and the session is RECEIPT_REPROCESSING. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int startReprocessing(Actor actor, String sessionId) {
        ProcessingSession session = allowed(actor, sessionId, SessionAction.REPROCESS);
        int version = session.startReprocessing(clock.instant());
        save(session);
        return version;
    }

    /** The comparison of a late receipt report is stored: the user reviews it now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void comparisonReady(String sessionId) {
        ProcessingSession session = load(sessionId);
        if (session.status() != SessionStatus.RECEIPT_REPROCESSING) {
            throw new AppException(ErrorCode.CONFLICT, "The session is " + session.status()
                    + ", not RECEIPT_REPROCESSING.");
        }
        session.moveTo(SessionStatus.COMPARING_RECEIPTS, clock.instant());
        save(session);
        AfterCommit.run(() -> liveProgress.finished(sessionId));
    }

    /** Sessions that a crash or restart left running, for recovery at startup. */
    @Transactional(readOnly = true)
    public List<String> interrupted() {
        return sessions.findByStatusIn(List.of(SessionStatus.PROCESSING, SessionStatus.UPLOADING,
                        SessionStatus.RECEIPT_REPROCESSING))
                .stream().map(ProcessingSession::id).toList();
    }

    private ProcessingSession visible(Actor actor, String sessionId) {
        return sessions.findById(sessionId)
                .filter(session -> actor.isAdmin() || session.owner().equals(actor.effectiveUser()))
                .orElseThrow(() -> AppException.notFound("Session " + sessionId));
    }

    private ProcessingSession load(String sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> AppException.notFound("Session " + sessionId));
    }

    private void save(ProcessingSession session) {
        try {
            sessions.save(session);
        } catch (OptimisticLockingFailureException e) {
            throw conflict();
        }
    }

    private static AppException conflict() {
        return new AppException(ErrorCode.CONFLICT,
                "Someone else changed this session at the same moment; reload it and try again.");
    }


    private static @Nullable String visibleOwner(Actor actor) {
        return actor.isAdmin() ? null : actor.effectiveUser();
    }

}
