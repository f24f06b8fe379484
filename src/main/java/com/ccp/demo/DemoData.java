package com.ccp.demo;

import com.ccp.base.AppProperties;
import com.ccp.ingestion.IngestionService;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.ingestion.UploadedFile;
import com.ccp.processing.SessionFilter;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.sample.SampleReportGenerator;
import com.ccp.sample.SampleReports;
import com.ccp.sample.SampleSpec;
import com.ccp.security.Actor;
import com.ccp.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code DEMO_DATA=true} and an empty database: generates a month of reports and runs them
 * through the real ingestion as {@code alice}, before the port opens, so the demo starts processed.
 */
@Component
@Order
class DemoData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor ALICE = Actor.of("alice", Role.USER);

    private final AppProperties properties;
    private final SessionService sessions;
    private final IngestionService ingestion;
    private final UploadReceiver uploads;

    DemoData(AppProperties properties, SessionService sessions, IngestionService ingestion, UploadReceiver uploads) {
        this.properties = properties;
        this.sessions = sessions;
        this.ingestion = ingestion;
        this.uploads = uploads;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Actor admin = Actor.of("demo-seeder", Role.ADMIN);
        if (!properties.demoData() || sessions.count(admin, SessionFilter.none()) > 0) {
            return;
        }
        try {
            Path dir = properties.dataDir().resolve("demo");
            SampleReports set = SampleReportGenerator.generate(SampleSpec.standard(2025, 24), dir);
            String id;
            try (UploadedFile car = receive(set.car()); UploadedFile receipts = receive(set.receipts())) {
                id = ingestion.createSession(ALICE, "March 2025 (demo)", null, car, receipts);
            }
            awaitProcessed(id);
            log.info("Demo session {} seeded for alice", id);
        } catch (IOException | InterruptedException e) {
            log.warn("Could not seed the demo session: {}", e.getMessage());
        }
    }

    private UploadedFile receive(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return uploads.receive(in, file.getFileName().toString(), "file");
        }
    }

    private void awaitProcessed(String id) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (sessions.statusOf(id) == SessionStatus.PROCESSING && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
