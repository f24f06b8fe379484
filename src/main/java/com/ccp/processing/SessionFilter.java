package com.ccp.processing;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Filters of the session list; empty means all. {@code text} matches name or period. */
public record SessionFilter(Set<SessionStatus> statuses, @Nullable String owner, @Nullable String text) {

    public SessionFilter {
        statuses = Set.copyOf(statuses);
    }

    public static SessionFilter none() {
        return new SessionFilter(Set.of(), null, null);
    }
}
