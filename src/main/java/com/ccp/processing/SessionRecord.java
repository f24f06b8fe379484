package com.ccp.processing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A session as it is stored, without its employees' figures (cleanup, the deletion log, close warnings). */
public record SessionRecord(String id, String name, @Nullable String period, String owner, SessionStatus status,
        Instant createdAt, @Nullable Instant closedAt, Instant updatedAt) {
}
