package com.ccp.ingestion;

/**
 * A background read of a session ended by itself — the session is COMPLETED, COMPARING_RECEIPTS or
 * FAILED — rather than being stopped by a user or going away.
 */
public record ReadFinished(String sessionId) {
}
