package com.ccp.export;

import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.security.Actor;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;

/**
 * Runs exports the UI starts off the UI thread: writing a large package takes a while and must not
 * hold the Vaadin session lock (which covers every tab of the user).
 */
@Service
public class ExportJobs {

    private final ExportService exports;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "export");
        thread.setDaemon(true);
        return thread;
    });

    private final ChangeGuard guard;

    ExportJobs(ExportService exports, ChangeGuard guard) {
        this.exports = exports;
        this.guard = guard;
    }

    public CompletableFuture<ExportBatch> export(Actor actor, String sessionId, ExportMode mode,
            boolean allowDuplicates) {
        guard.requireWritable(actor, AuditAction.EXPORT, sessionId);
        return CompletableFuture.supplyAsync(() -> exports.export(actor, sessionId, mode, allowDuplicates), executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
