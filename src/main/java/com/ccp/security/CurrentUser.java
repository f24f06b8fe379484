package com.ccp.security;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the current request or UI session: the signed-in user, acting as the impersonated
 * user while support's impersonation of the same HTTP session lasts.
 */
@Component
public class CurrentUser {

    private final ImpersonationStore impersonations;

    CurrentUser(ImpersonationStore impersonations) {
        this.impersonations = impersonations;
    }

    /** Who acts: the real user, with the target's name and roles while impersonating. */
    public Actor actor() {
        Actor signedIn = signedIn();
        return impersonations.current()
                .filter(impersonation -> impersonation.realUser().equals(signedIn.username()))
                .filter(impersonation -> signedIn.roles().contains(Role.SUPPORT))
                .map(Impersonation::actor)
                .orElse(signedIn);
    }

    /** The real signed-in user and their own roles, whatever they are viewing as. */
    public Actor signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            throw new AppException(ErrorCode.FORBIDDEN, "You are not signed in.");
        }
        return new Actor(UserNames.normalise(authentication.getName()), rolesOf(authentication), null);
    }

    private static Set<Role> rolesOf(Authentication authentication) {
        EnumSet<Role> roles = EnumSet.of(Role.USER);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
