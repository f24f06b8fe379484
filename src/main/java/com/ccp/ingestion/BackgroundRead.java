package com.ccp.ingestion;

import com.ccp.processing.SessionStatus;
import java.util.function.BooleanSupplier;

/**
 * A kind of background read that {@link IngestionJobs} runs for a session in a given state: the
 * first read of a new session, or the read of a late receipt report. Failures are thrown; the jobs
 * turn them into a reason the user can act on.
 */
public interface BackgroundRead {

    boolean handles(SessionStatus status);

    /** Reads and persists; checks {@code stopRequested} at page boundaries. */
    void read(String sessionId, BooleanSupplier stopRequested) throws Exception;
}
