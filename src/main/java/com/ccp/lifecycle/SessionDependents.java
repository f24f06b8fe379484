package com.ccp.lifecycle;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What other features keep for a session (e.g. export batches): whether they forbid its owner to
 * delete it, and which of their files go when it is deleted.
 */
public interface SessionDependents {

    /** Why the owner may not delete the session, or null when nothing of this feature prevents it. */
    @Nullable String ownerMayNotDelete(String sessionId);

    /** Files to remove once the session's deletion has committed. */
    List<Path> filesOf(String sessionId);
}
