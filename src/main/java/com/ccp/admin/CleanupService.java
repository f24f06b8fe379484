package com.ccp.admin;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.lifecycle.LifecycleService;
import com.ccp.processing.SessionService;
import com.ccp.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk cleanup: a preview of the sessions the criteria match, then their deletion (records and files)
 * once the admin typed {@code DELETE <n>} naming exactly how many the criteria match at that moment.
 * Each session is deleted like a single admin delete and leaves a row in the deletion audit log.
 */
@Service
public class CleanupService {

    private static final Logger log = LoggerFactory.getLogger(CleanupService.class);

    private final SessionService sessions;
    private final LifecycleService lifecycle;
    private final DeletionLog deletions;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final ChangeGuard guard;

    CleanupService(SessionService sessions, LifecycleService lifecycle, DeletionLog deletions, ActivityLog activityLog,
            Clock clock, ChangeGuard guard) {
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.deletions = deletions;
        this.activityLog = activityLog;
        this.clock = clock;
        this.guard = guard;
    }

    public static String confirmationFor(int count) {
        return "DELETE " + count;
    }

    /** The sessions the criteria match now; nothing is changed. */
    @Transactional(readOnly = true)
    public CleanupResult preview(Actor actor, CleanupCriteria criteria) {
        Admins.require(actor);
        return CleanupResult.of(matching(criteria), false);
    }

    /**
     * Deletes every matching session, all or none, when the confirmation names the number that match now;
     * otherwise refuses and deletes nothing.
     */
    @Transactional
    public CleanupResult delete(Actor actor, CleanupCriteria criteria, @Nullable String confirmation) {
        guard.requireAdmin(actor, AuditAction.BULK_DELETE, null, Admins.ONLY_ADMINS);
        List<CleanupResult.Match> matches = matching(criteria);
        List<String> ids = matches.stream().map(CleanupResult.Match::id).toList();
        String expected = confirmationFor(ids.size());
        if (!expected.equals(confirmation == null ? null : confirmation.strip())) {
            activityLog.refusal(actor, AuditAction.BULK_DELETE, null, (confirmation == null ? "no confirmation"
                    : "confirmation '" + confirmation + "'") + " for " + ids.size() + " matching sessions ("
                    + criteria.describe() + ")");
            throw new AppException(ErrorCode.BAD_INPUT, ids.size() + (ids.size() == 1 ? " session matches" : " sessions match")
                    + " these criteria now: type '" + expected + "' to confirm their permanent deletion. Nothing was deleted.",
                    Map.of("field", "confirm", "matched", ids.size(), "expected", expected));
        }
        Instant now = clock.instant();
        String why = criteria.describe();
        for (String id : ids) {
            deletions.record(id, actor.username(), now, why);
            lifecycle.delete(actor, id);
        }
        activityLog.success(actor, AuditAction.BULK_DELETE, null, ids.size() + " sessions deleted (" + why + ")");
        log.info("Bulk cleanup by {} deleted {} sessions ({})", actor.username(), ids.size(), why);
        return CleanupResult.of(matches, true);
    }

    /** The newest rows of the deletion audit log. */
    @Transactional(readOnly = true)
    public List<DeletionLog.Entry> deletionLog(Actor actor, int limit) {
        Admins.require(actor);
        return deletions.recent(Math.clamp(limit, 1, 1000));
    }

    /** The deletion audit rows of one session id (one, unless a session id was ever reused). */
    @Transactional(readOnly = true)
    public List<DeletionLog.Entry> deletionsOf(Actor actor, String sessionId) {
        Admins.require(actor);
        return deletions.ofSession(sessionId);
    }

    private List<CleanupResult.Match> matching(CleanupCriteria criteria) {
        return sessions.matching(criteria.statuses(), daysAgo(criteria.closedOlderThanDays()),
                daysAgo(criteria.failedOlderThanDays()), criteria.owner()).stream()
                .map(s -> new CleanupResult.Match(s.id(), s.name(), s.period(), s.owner(), s.status().name(),
                        s.createdAt(), s.closedAt(), s.updatedAt()))
                .toList();
    }

    private @Nullable Instant daysAgo(@Nullable Integer days) {
        return days == null ? null : clock.instant().minus(Duration.ofDays(days));
    }
}
