package com.ccp.lifecycle;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What other features keep for a session (e.g. export batches, a pending comparison): whether they
 * forbid its owner to delete it, which of their files go when it is deleted, and what a close drops.
 */
public interface SessionDependents {

    /** Why the owner may not delete the session, or null when nothing of this feature prevents it. */
    default @Nullable String ownerMayNotDelete(String sessionId) {
        return null;
    }

    /** Files to remove once the session's deletion has committed. */
    default List<Path> filesOf(String sessionId) {
        return List.of();
    }

    /** Drops, inside the closing transaction, what a closed session can no longer use. */
    default void closing(String sessionId) {
    }
}
