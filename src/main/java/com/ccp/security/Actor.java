package com.ccp.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting: the real signed-in user, their roles and, while support impersonates, the user
 * whose view they see. Services take an Actor for every permission check.
 *
 * @param roles the effective roles (the target's while impersonating)
 */
public record Actor(String username, Set<Role> roles, @Nullable String actingAs) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(String username, Role... roles) {
        return new Actor(username, Set.of(roles), null);
    }

    /** The user whose data this actor sees and owns. */
    public String effectiveUser() {
        return actingAs != null ? actingAs : username;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean impersonating() {
        return actingAs != null;
    }
}
