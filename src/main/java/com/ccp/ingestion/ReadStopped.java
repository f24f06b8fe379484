package com.ccp.ingestion;

/**
 * A background read of a session ended without a result: a user paused or cancelled it, or the
 * session changed or went away while it was read. Nothing of it was kept.
 */
public record ReadStopped(String sessionId) {
}
