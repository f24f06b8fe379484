package com.ccp.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** Support ({@code realUser}) viewing as {@code target} with the target's roles; kept in the HTTP session. */
public record Impersonation(String realUser, String target, Set<Role> targetRoles, Instant since)
        implements Serializable {

    public Impersonation {
        targetRoles = Set.copyOf(targetRoles);
    }

    /** The actor of every call made while this impersonation lasts. */
    public Actor actor() {
        return new Actor(realUser, targetRoles, target);
    }
}
