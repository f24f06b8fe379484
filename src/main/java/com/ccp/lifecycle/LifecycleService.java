package com.ccp.lifecycle;

import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AfterCommit;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.base.Texts;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.security.Actor;
import com.ccp.storage.FileStore;
import com.ccp.storage.SessionFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pause, resume and cancel of background reading, permanent close (one or all) and delete. Each is
 * one transaction through the state machine; background jobs are told after the commit.
 */
@Service
public class LifecycleService {

    /** The word a user types to confirm a permanent close. */
    public static final String CLOSE_CONFIRMATION = "CLOSE";

    private static final Logger log = LoggerFactory.getLogger(LifecycleService.class);

    private final SessionService sessions;
    private final ApplicationEventPublisher events;
    private final SessionFiles sessionFiles;
    private final FileStore fileStore;
    private final List<SessionDependents> dependents;
    private final CloseImpacts impacts;
    private final ChangeGuard guard;

    LifecycleService(SessionService sessions, ApplicationEventPublisher events, SessionFiles sessionFiles,
            FileStore fileStore, List<SessionDependents> dependents, CloseImpacts impacts, ChangeGuard guard) {
        this.sessions = sessions;
        this.events = events;
        this.sessionFiles = sessionFiles;
        this.fileStore = fileStore;
        this.guard = guard;
        this.dependents = List.copyOf(dependents);
        this.impacts = impacts;
    }

    /** Stops background reading at the next page boundary. */
    @Transactional
    public SessionDetails pause(Actor actor, String sessionId) {
        return transition(actor, sessionId, SessionAction.PAUSE, ReadingControl.stop(sessionId));
    }

    /** Reads again from page 1 what was paused (also after a restart). */
    @Transactional
    public SessionDetails resume(Actor actor, String sessionId) {
        return transition(actor, sessionId, SessionAction.RESUME, ReadingControl.resume(sessionId));
    }

    /**
     * Stops reading and keeps nothing of it: a new session ends CANCELLED (nothing was persisted
     * before completion); a late receipt report's read is discarded and the session is COMPLETED again.
     */
    @Transactional
    public SessionDetails cancel(Actor actor, String sessionId) {
        return transition(actor, sessionId, SessionAction.CANCEL, ReadingControl.stop(sessionId));
    }

    /** A state change of the session whose effect on its background job waits for the commit. */
    private SessionDetails transition(Actor actor, String sessionId, SessionAction action, ReadingControl reading) {
        sessions.transition(actor, sessionId, action, "");
        events.publishEvent(reading);
        return sessions.get(actor, sessionId);
    }

    /** Closes for good; an admin's close of running work cancels it and drops a pending comparison. */
    @Transactional
    public SessionDetails close(Actor actor, String sessionId, String reason, String confirmation) {
        guard.requireWritable(actor, AuditAction.CLOSE, sessionId);
        String why = requireCloseConfirmed(reason, confirmation);
        sessions.close(actor, sessionId, why);
        dependents.forEach(d -> d.closing(sessionId));
        events.publishEvent(ReadingControl.stop(sessionId));
        return sessions.get(actor, sessionId);
    }

    /** What closing the session would leave undone: its open issues and ready employees never exported. */
    @Transactional(readOnly = true)
    public CloseImpact impact(Actor actor, String sessionId) {
        sessions.requireVisible(actor, sessionId);
        return impacts.of(List.of(sessionId)).getFirst();
    }

    /** The sessions "Close all" would close now, each with what closing it would leave undone. */
    @Transactional(readOnly = true)
    public List<CloseImpact> closeable(Actor actor) {
        return impacts.of(sessions.closeable(actor));
    }

    /**
     * Closes exactly the listed sessions (those "Close all" showed), all or none: refused when one
     * of them can no longer be closed, or when another session became closeable since, so nothing
     * is closed that the user did not see listed.
     */
    @Transactional
    public int closeListed(Actor actor, String reason, String confirmation, List<String> listed) {
        guard.requireWritable(actor, AuditAction.CLOSE, null);
        String why = requireCloseConfirmed(reason, confirmation);
        List<String> ids = sessions.closeable(actor);
        if (!new HashSet<>(ids).equals(new HashSet<>(listed))) {
            throw new AppException(ErrorCode.CONFLICT, "The sessions that can be closed have changed since the list"
                    + " was shown; nothing was closed. Open Close all again to see the new list.",
                    Map.of("closeable", ids.size(), "listed", listed.size()));
        }
        ids.forEach(id -> sessions.close(actor, id, why));
        return ids.size();
    }

    /** Closes every closeable session of the actor at once (all or none); returns how many. */
    @Transactional
    public int closeAll(Actor actor, String reason, String confirmation) {
        guard.requireWritable(actor, AuditAction.CLOSE, null);
        String why = requireCloseConfirmed(reason, confirmation);
        List<String> ids = sessions.closeable(actor);
        ids.forEach(id -> sessions.close(actor, id, why));
        return ids.size();
    }

    /**
     * Deletes the session with its data, and afterwards the stored files no other session uses.
     * Running work is stopped first; an owner may not delete what another feature keeps (e.g. an export).
     */
    @Transactional
    public void delete(Actor actor, String sessionId) {
        guard.requireWritable(actor, AuditAction.DELETE, sessionId);
        sessions.requireVisible(actor, sessionId);
        if (!actor.isAdmin()) {
            dependents.stream().map(d -> d.ownerMayNotDelete(sessionId)).filter(Objects::nonNull).findFirst()
                    .ifPresent(reason -> {
                        throw new AppException(ErrorCode.INVALID_STATE, "This session cannot be deleted: " + reason,
                                Map.of("action", SessionAction.DELETE.name()));
                    });
        }
        List<String> hashes = sessionFiles.hashesOf(sessionId);
        List<Path> files = new ArrayList<>();
        dependents.forEach(d -> files.addAll(d.filesOf(sessionId)));
        sessions.delete(actor, sessionId);
        events.publishEvent(ReadingControl.stop(sessionId));
        AfterCommit.run(() -> {
            // decided under the file's lock: an upload of the same content commits its reference first, or after
            hashes.forEach(sha -> fileStore.deleteUnlessReferenced(sha, sessionFiles::referenced));
            files.forEach(LifecycleService::deleteQuietly);
        });
    }

    private static String requireCloseConfirmed(String reason, String confirmation) {
        if (reason == null || reason.isBlank()) {
            throw new AppException(ErrorCode.BAD_INPUT, "Give a reason for closing; it is kept for the audit.",
                    Map.of("field", "reason"));
        }
        if (!CLOSE_CONFIRMATION.equals(confirmation == null ? null : confirmation.strip())) {
            throw new AppException(ErrorCode.BAD_INPUT, "Type " + CLOSE_CONFIRMATION
                    + " to confirm: closing cannot be undone.", Map.of("field", "confirm"));
        }
        return Texts.truncate(reason.strip(), Texts.NOTE);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {} of a deleted session: {}", file, e.getMessage());
        }
    }

}
