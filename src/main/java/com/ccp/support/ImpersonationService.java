package com.ccp.support;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.processing.SessionService;
import com.ccp.security.Actor;
import com.ccp.security.ConfiguredUsers;
import com.ccp.security.Impersonation;
import com.ccp.security.ImpersonationStore;
import com.ccp.security.PermittedWhileImpersonating;
import com.ccp.security.Role;
import com.ccp.security.UserNames;
import com.ccp.security.UserRoles;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support views the app as a user, read-only: only SUPPORT may, never as an admin or as
 * themselves; start and end are logged with both names. While it lasts every changing service
 * method refuses with {@code READ_ONLY}.
 */
@Service
public class ImpersonationService {

    private static final Logger log = LoggerFactory.getLogger(ImpersonationService.class);
    private static final AuditAction START = AuditAction.IMPERSONATE_START;
    private static final AuditAction END = AuditAction.IMPERSONATE_END;

    private final ImpersonationStore store;
    private final UserRoles userRoles;
    private final ConfiguredUsers configuredUsers;
    private final SessionService sessions;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final ChangeGuard guard;

    ImpersonationService(ImpersonationStore store, UserRoles userRoles, ConfiguredUsers configuredUsers,
            SessionService sessions, ActivityLog activityLog, Clock clock, ChangeGuard guard) {
        this.store = store;
        this.userRoles = userRoles;
        this.configuredUsers = configuredUsers;
        this.sessions = sessions;
        this.activityLog = activityLog;
        this.clock = clock;
        this.guard = guard;
    }

    /** Starts viewing as {@code username} in the caller's HTTP session; returns the actor from now on. */
    @Transactional
    public Actor start(Actor actor, @Nullable String username) {
        guard.requireWritable(actor, AuditAction.IMPERSONATE_START, null);
        String target = username == null ? "" : UserNames.normalise(username);
        requireSupport(actor, START);
        if (target.isEmpty() || target.length() > 100) {
            throw new AppException(ErrorCode.BAD_INPUT, "Name the user to view as, e.g. \"alice\".",
                    Map.of("field", "username"));
        }
        if (target.equals(actor.username())) {
            throw refused(actor, START, "You cannot impersonate yourself; pick another user.");
        }
        Set<Role> roles = userRoles.of(target);
        if (roles.contains(Role.ADMIN)) {
            throw refused(actor, START, target + " is an admin: support may not view the app as an admin.");
        }
        Impersonation impersonation = new Impersonation(actor.username(), target, roles, clock.instant());
        activityLog.success(impersonation.actor(), START, null,
                actor.username() + " started viewing as " + target + " (read-only)");
        store.start(impersonation);
        log.info("{} started viewing as {}", actor.username(), target);
        return impersonation.actor();
    }

    /** Ends the impersonation of the caller's HTTP session; nothing happens when there is none. */
    @Transactional
    @PermittedWhileImpersonating("ends the impersonation itself")
    public void exit(Actor actor) {
        if (!actor.impersonating()) {
            return;
        }
        activityLog.success(actor, END, null, actor.username() + " stopped viewing as " + actor.actingAs());
        store.end();
        log.info("{} stopped viewing as {}", actor.username(), actor.actingAs());
    }

    /** The HTTP session ended (sign-out or timeout) while support still viewed as someone. */
    @Transactional
    public void sessionEnded(Impersonation impersonation) {
        activityLog.success(impersonation.actor(), END, null, impersonation.realUser() + " stopped viewing as "
                + impersonation.target() + " (the sign-in ended)");
    }

    /** Whom support may view as: configured users and session owners, without admins and themselves. */
    @Transactional(readOnly = true)
    public List<String> candidates(Actor actor) {
        requireSupport(actor, AuditAction.IMPERSONATE_LIST);
        TreeSet<String> names = new TreeSet<>(configuredUsers.names());
        names.addAll(sessions.owners());
        names.remove(actor.username());
        names.removeIf(name -> userRoles.of(name).contains(Role.ADMIN));
        return List.copyOf(names);
    }

    private void requireSupport(Actor actor, AuditAction action) {
        if (!actor.roles().contains(Role.SUPPORT)) {
            throw refused(actor, action, "Only support may view the app as another user.");
        }
    }

    private AppException refused(Actor actor, AuditAction action, String message) {
        activityLog.refusal(actor, action, null, message);
        return new AppException(ErrorCode.FORBIDDEN, message);
    }
}
