package com.ccp.ingestion;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The background reads in flight, one per session, each stoppable at a page boundary. */
@Component
public class IngestionJobs implements AutoCloseable {

    /** What a running job checks at every page boundary. */
    static final class Control {
        private volatile boolean stop;

        boolean stopRequested() {
            return stop;
        }

        void requestStop() {
            stop = true;
        }
    }

    private final IngestionRun run;
    private final Map<String, Control> running = new ConcurrentHashMap<>();
    private final ExecutorService coordinators;

    IngestionJobs(IngestionRun run) {
        this.run = run;
        AtomicInteger count = new AtomicInteger();
        this.coordinators = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "ingest-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start(String sessionId) {
        Control control = new Control();
        if (running.putIfAbsent(sessionId, control) != null) {
            return;
        }
        coordinators.submit(() -> {
            try {
                run.run(sessionId, control);
            } finally {
                running.remove(sessionId, control);
            }
        });
    }

    /** Asks a running job to stop at the next page boundary; true if one was running. */
    public boolean requestStop(String sessionId) {
        Control control = running.get(sessionId);
        if (control != null) {
            control.requestStop();
        }
        return control != null;
    }

    @Override
    public void close() {
        running.values().forEach(Control::requestStop);
        coordinators.shutdownNow();
    }
}
