package com.ccp.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the activity log: who (and as whom), when, what, on which session, and how it ended. */
public record ActivityEntry(long id, Instant at, String actor, @Nullable String actingAs, String action,
        @Nullable String sessionId, String outcome, @Nullable String details, @Nullable String clientAddress) {
}
