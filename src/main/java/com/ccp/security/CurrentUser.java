package com.ccp.security;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The actor of the current request or UI session: the signed-in user, acting as the impersonated
 * user while support's impersonation of the same HTTP session lasts.
 */
@Component
public class CurrentUser {

    private final ImpersonationStore impersonations;
    private final SecurityContextHolderStrategy contextHolder;

    CurrentUser(ImpersonationStore impersonations, SecurityContextHolderStrategy contextHolder) {
        this.impersonations = impersonations;
        this.contextHolder = contextHolder;
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
        // this application context's strategy (Vaadin's), which its security filters fill: the global holder
        // is replaced by whichever context started last, e.g. a second test context in the same JVM. The
        // global holder remains the fallback, where Spring Security's test support (@WithMockUser) signs in.
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication == null) {
            authentication = SecurityContextHolder.getContext().getAuthentication();
        }
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
