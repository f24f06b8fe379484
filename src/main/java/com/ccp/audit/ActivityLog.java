package com.ccp.audit;

import com.ccp.base.Texts;
import com.ccp.security.Actor;
import com.ccp.security.PermittedWhileImpersonating;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only activity log: one row per action and per refusal. Nothing updates or deletes
 * its rows. A success is written inside the action's transaction; a refusal in its own.
 */
@Service
@PermittedWhileImpersonating("records what support did and was refused while viewing as someone")
public class ActivityLog {

    public enum Outcome { OK, REFUSED, FAILED }

    private final JdbcClient jdbc;
    private final Clock clock;

    ActivityLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void success(Actor actor, AuditAction action, @Nullable String sessionId, String details) {
        write(actor, action, sessionId, Outcome.OK, details);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refusal(Actor actor, AuditAction action, @Nullable String sessionId, String details) {
        write(actor, action, sessionId, Outcome.REFUSED, details);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failure(Actor actor, AuditAction action, @Nullable String sessionId, String details) {
        write(actor, action, sessionId, Outcome.FAILED, details);
    }

    private void write(Actor actor, AuditAction action, @Nullable String sessionId, Outcome outcome, String details) {
        jdbc.sql("""
                INSERT INTO activity_log (at, actor, acting_as, action, session_id, outcome, details, client_address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), actor.username(), actor.actingAs(), action.name(), sessionId,
                        outcome.name(), Texts.truncate(details, Texts.NOTE), clientAddress())
                .update();
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Texts.truncate(request.getRemoteAddr(), 60);
        }
        return null;
    }
}
