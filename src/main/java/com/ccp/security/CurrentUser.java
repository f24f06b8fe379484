package com.ccp.security;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request or UI session, as an {@link Actor}. */
@Component
public class CurrentUser {

    public Actor actor() {
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
