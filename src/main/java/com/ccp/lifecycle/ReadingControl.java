package com.ccp.lifecycle;

/**
 * Published when a session's background reading must stop (pause, cancel, close, delete) or read
 * again (resume); the reader hears it once the change has committed.
 */
public record ReadingControl(String sessionId, boolean read) {

    static ReadingControl stop(String sessionId) {
        return new ReadingControl(sessionId, false);
    }

    static ReadingControl resume(String sessionId) {
        return new ReadingControl(sessionId, true);
    }
}
