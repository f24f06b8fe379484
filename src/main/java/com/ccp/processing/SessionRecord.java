package com.ccp.processing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A session as the admin's cleanup and its deletion log see it. */
public record SessionRecord(String id, String name, @Nullable String period, String owner, SessionStatus status,
        Instant createdAt, @Nullable Instant closedAt, Instant updatedAt) {
}
