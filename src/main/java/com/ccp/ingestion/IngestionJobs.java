package com.ccp.ingestion;

import com.ccp.base.AppException;
import com.ccp.base.AppProperties;
import com.ccp.base.ErrorCode;
import com.ccp.lifecycle.ReadingControl;
import com.ccp.pdf.ParallelTextExtractor;
import com.ccp.pdf.PdfProblem;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.report.ReportFormatException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The background reads in flight, one per session, each stoppable at a page boundary. Which read
 * runs follows the session's state; a failure ends it with a reason that says what to fix.
 */
@Component
public class IngestionJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestionJobs.class);

    /** What a running job checks at every page boundary, and whether it must run again once stopped. */
    private static final class Control {
        private volatile boolean stop;
        private boolean again;
    }

    private final List<BackgroundRead> reads;
    private final SessionService sessions;
    private final AppProperties properties;
    private final Map<String, Control> running = new ConcurrentHashMap<>();
    private final ExecutorService coordinators;
    private final ApplicationEventPublisher events;

    IngestionJobs(List<BackgroundRead> reads, SessionService sessions, AppProperties properties,
            ApplicationEventPublisher events) {
        this.reads = List.copyOf(reads);
        this.sessions = sessions;
        this.properties = properties;
        this.events = events;
        AtomicInteger count = new AtomicInteger();
        this.coordinators = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "ingest-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the read the session's state calls for; if a stopped one is still winding down, it runs again after. */
    public void start(String sessionId) {
        running.compute(sessionId, (id, current) -> {
            if (current == null) {
                Control control = new Control();
                coordinators.submit(() -> runWhileWanted(sessionId, control));
                return control;
            }
            if (current.stop) {
                current.again = true;
            }
            return current;
        });
    }

    /** Stops or restarts a session's reading once a pause, resume, cancel, close or delete has committed. */
    @TransactionalEventListener
    void on(ReadingControl control) {
        if (control.read()) {
            start(control.sessionId());
        } else {
            requestStop(control.sessionId());
        }
    }

    /** Asks a running job to stop at the next page boundary; true if one was running. */
    public boolean requestStop(String sessionId) {
        Control control = running.computeIfPresent(sessionId, (id, current) -> {
            current.stop = true;
            current.again = false;
            return current;
        });
        return control != null;
    }

    private void runWhileWanted(String sessionId, Control control) {
        boolean again = true;
        while (again) {
            switch (runOnce(sessionId, control)) {
                case BY_ITSELF -> announce(new ReadFinished(sessionId));
                case STOPPED -> announce(new ReadStopped(sessionId));
                case SHUTTING_DOWN -> {
                }
            }
            again = running.compute(sessionId, (id, current) -> {
                if (current != control || !control.again) {
                    return null;
                }
                control.stop = false;
                control.again = false;
                return control;
            }) != null;
        }
    }

    /** A listener's failure must not break the bookkeeping of running jobs. */
    private void announce(Object event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.warn("A listener of {} failed: {}", event, e.getMessage());
        }
    }

    /** How a read ended: by itself (done or failed), stopped without a result, or with the server. */
    private enum Ended { BY_ITSELF, STOPPED, SHUTTING_DOWN }

    /** Runs the read the session's state calls for. */
    private Ended runOnce(String sessionId, Control control) {
        try {
            SessionStatus status = sessions.statusOf(sessionId);
            BackgroundRead read = reads.stream().filter(r -> r.handles(status)).findFirst().orElse(null);
            if (read == null) {
                return Ended.STOPPED;
            }
            read.read(sessionId, () -> control.stop);
            return Ended.BY_ITSELF;
        } catch (ParallelTextExtractor.Stopped stopped) {
            log.info("Session {}: reading stopped on request", sessionId);
            return Ended.STOPPED;
        } catch (AppException e) {
            if (e.code() == ErrorCode.CONFLICT || e.code() == ErrorCode.NOT_FOUND) {
                log.info("Session {} changed or went away while it was read; the result was not kept ({})",
                        sessionId, e.getMessage());
                return Ended.STOPPED;
            }
            fail(sessionId, e.getMessage());
        } catch (StoredFileMissing e) {
            fail(sessionId, e.getMessage());
        } catch (ReportFormatException e) {
            fail(sessionId, e.getMessage());
        } catch (PdfProblem e) {
            fail(sessionId, "A file turned out to be damaged while reading: " + e.getMessage()
                    + ". Export the report again from its source and upload it again.");
        } catch (TimeoutException e) {
            fail(sessionId, "Reading took longer than the limit of " + properties.parseTimeout().toSeconds()
                    + " seconds (PARSE_TIMEOUT_SECONDS); the files may be damaged or unusually large.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(sessionId, "Reading was interrupted because the server stopped; start it again.");
            return Ended.SHUTTING_DOWN;
        } catch (Throwable e) {
            log.error("Session {}: reading failed", sessionId, e);
            fail(sessionId, "Reading failed unexpectedly (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Nothing was saved; tell support the session id.");
        }
        return Ended.BY_ITSELF;
    }

    private void fail(String sessionId, String reason) {
        log.warn("Session {} failed: {}", sessionId, reason);
        sessions.fail(sessionId, reason);
    }

    @Override
    public void close() {
        running.values().forEach(c -> c.stop = true);
        coordinators.shutdownNow();
    }
}
