package com.ccp.review;

import com.ccp.audit.ActivityLog;
import com.ccp.processing.SessionService;
import com.ccp.security.Actor;
import org.springframework.stereotype.Component;

/** Refuses a change while support views as someone, and keeps the refusal in the activity log. */
@Component
class ReadOnlyGuard {

    private final ActivityLog activityLog;

    ReadOnlyGuard(ActivityLog activityLog) {
        this.activityLog = activityLog;
    }

    void check(Actor actor, String action, String sessionId) {
        if (actor.impersonating()) {
            activityLog.refusal(actor, action, sessionId, "read-only while viewing as " + actor.actingAs());
        }
        SessionService.requireWritable(actor);
    }
}
