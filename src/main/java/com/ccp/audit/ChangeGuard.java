package com.ccp.audit;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The check every change makes first: nothing changes while support views as someone (READ_ONLY),
 * and an admin-only change is refused to anyone else (FORBIDDEN). Every refusal is in the activity log.
 */
@Component
public class ChangeGuard {

    private final ActivityLog activityLog;

    ChangeGuard(ActivityLog activityLog) {
        this.activityLog = activityLog;
    }

    /** Refuses the change while the actor views as someone else. */
    public void requireWritable(Actor actor, AuditAction action, @Nullable String sessionId) {
        if (actor.impersonating()) {
            activityLog.refusal(actor, action, sessionId, "read-only while viewing as " + actor.actingAs());
            throw new AppException(ErrorCode.READ_ONLY,
                    "You are viewing as " + actor.actingAs() + ": changes are not allowed while impersonating.");
        }
    }

    /** Refuses the change while viewing as someone, then to anyone who is not an admin. */
    public void requireAdmin(Actor actor, AuditAction action, @Nullable String sessionId, String message) {
        requireWritable(actor, action, sessionId);
        if (!actor.isAdmin()) {
            activityLog.refusal(actor, action, sessionId, "not an admin");
            throw new AppException(ErrorCode.FORBIDDEN, message);
        }
    }
}
