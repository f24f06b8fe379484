package com.ccp.ingestion;

import com.ccp.processing.SessionService;
import com.ccp.storage.FileStore;
import com.ccp.storage.ReportKind;
import com.ccp.storage.SessionFiles;
import java.nio.file.Files;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs before the web server opens its port: work a crash or restart interrupted is started again
 * from page 1 (or FAILED when its files are gone), and PDFBox's font scan is done once, now.
 */
@Component
class StartupRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupRecovery.class);

    private final SessionService sessions;
    private final SessionFiles sessionFiles;
    private final FileStore fileStore;
    private final IngestionJobs jobs;

    StartupRecovery(SessionService sessions, SessionFiles sessionFiles, FileStore fileStore, IngestionJobs jobs) {
        this.sessions = sessions;
        this.sessionFiles = sessionFiles;
        this.fileStore = fileStore;
        this.jobs = jobs;
    }

    @Override
    public void afterSingletonsInstantiated() {
        FontMappers.instance().getFontBoxFont("Helvetica", null);
        for (String sessionId : sessions.interrupted()) {
            if (filesPresent(sessionId)) {
                log.info("Session {} was interrupted by a restart; reading it again from page 1", sessionId);
                jobs.start(sessionId);
            } else {
                sessions.fail(sessionId, "The server restarted while reading this session and its uploaded files"
                        + " are no longer on disk; create the session again.");
            }
        }
    }

    private boolean filesPresent(String sessionId) {
        return sessionFiles.find(sessionId, ReportKind.CAR, 1).map(f -> Files.exists(fileStore.path(f.sha256())))
                .orElse(false)
                && sessionFiles.latest(sessionId, ReportKind.RECEIPTS).map(f -> Files.exists(fileStore.path(f.sha256())))
                .orElse(false);
    }
}
