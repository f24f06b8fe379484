package com.ccp.ingestion;

import com.ccp.storage.FileStore;
import com.ccp.storage.ReportKind;
import com.ccp.storage.SessionFiles;
import com.ccp.base.AppProperties;
import com.ccp.pdf.ParallelTextExtractor;
import com.ccp.pdf.PdfProblem;
import com.ccp.processing.LiveProgress;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.reconciliation.Reconciliation;
import com.ccp.reconciliation.Reconciler;
import com.ccp.report.CarParser;
import com.ccp.report.CarReport;
import com.ccp.report.ReceiptParser;
import com.ccp.report.ReceiptReport;
import com.ccp.report.ReportFormatException;
import com.ccp.review.ReconciliationStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One background read of a session: page text of both files in parallel (EXTRACTING), parsing and
 * matching (ANALYZING), then every result persisted with COMPLETED in one transaction. Any
 * failure ends the session FAILED with a reason that says what to fix.
 */
@Component
class IngestionRun {

    private static final Logger log = LoggerFactory.getLogger(IngestionRun.class);

    private final SessionService sessions;
    private final SessionFiles sessionFiles;
    private final FileStore fileStore;
    private final PdfWorkers workers;
    private final LiveProgress liveProgress;
    private final ReconciliationStore store;
    private final AppProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IngestionRun(SessionService sessions, SessionFiles sessionFiles, FileStore fileStore, PdfWorkers workers,
            LiveProgress liveProgress, ReconciliationStore store, AppProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.sessions = sessions;
        this.sessionFiles = sessionFiles;
        this.fileStore = fileStore;
        this.workers = workers;
        this.liveProgress = liveProgress;
        this.store = store;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    void run(String sessionId, IngestionJobs.Control control) {
        long started = System.nanoTime();
        try {
            SessionFiles.SessionFile car = sessionFiles.find(sessionId, ReportKind.CAR, 1).orElseThrow(
                    () -> new IllegalStateException("the session has no CAR file"));
            SessionFiles.SessionFile receipts = sessionFiles.latest(sessionId, ReportKind.RECEIPTS).orElseThrow(
                    () -> new IllegalStateException("the session has no receipt report"));
            List<List<String>> texts = extract(sessionId, car, receipts, control);
            long extracted = System.nanoTime();
            int pagesTotal = car.pageCount() + receipts.pageCount();
            liveProgress.update(sessionId, new SessionDetails.Progress("ANALYZING", pagesTotal, pagesTotal, 0));
            CarReport carReport = CarParser.parse(texts.get(0));
            ReceiptReport receiptReport = ReceiptParser.parse(texts.get(1));
            Reconciliation result = Reconciler.reconcile(carReport, receiptReport);
            liveProgress.update(sessionId,
                    new SessionDetails.Progress("ANALYZING", pagesTotal, pagesTotal, result.employees().size()));
            long analyzed = System.nanoTime();
            persist(sessionId, receipts.version(), carReport, receiptReport, result, pagesTotal);
            log.info("Session {} read: {} pages, {} employees in {} ms (extract {} ms, analyze {} ms, persist {} ms)",
                    sessionId, pagesTotal, result.employees().size(), millis(started, System.nanoTime()),
                    millis(started, extracted), millis(extracted, analyzed), millis(analyzed, System.nanoTime()));
        } catch (ParallelTextExtractor.Stopped stopped) {
            log.info("Session {}: reading stopped on request", sessionId);
        } catch (ReportFormatException e) {
            fail(sessionId, e.getMessage());
        } catch (PdfProblem e) {
            fail(sessionId, "A file turned out to be damaged while reading: " + e.getMessage()
                    + ". Export the report again from its source and upload it to a new session.");
        } catch (TimeoutException e) {
            fail(sessionId, "Reading took longer than the limit of " + properties.parseTimeout().toSeconds()
                    + " seconds (PARSE_TIMEOUT_SECONDS); the files may be damaged or unusually large.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(sessionId, "Reading was interrupted because the server stopped; start it again.");
        } catch (Throwable e) {
            log.error("Session {}: reading failed", sessionId, e);
            fail(sessionId, "Reading failed unexpectedly (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Nothing was saved; tell support the session id.");
        }
    }

    private List<List<String>> extract(String sessionId, SessionFiles.SessionFile car,
            SessionFiles.SessionFile receipts, IngestionJobs.Control control)
            throws PdfProblem, TimeoutException, InterruptedException {
        int pagesTotal = car.pageCount() + receipts.pageCount();
        sessions.recordPhase(sessionId, "EXTRACTING", 0, pagesTotal, 0);
        AtomicInteger pagesDone = new AtomicInteger();
        AtomicInteger cardholders = new AtomicInteger();
        liveProgress.update(sessionId, new SessionDetails.Progress("EXTRACTING", 0, pagesTotal, 0));
        List<ParallelTextExtractor.Source> sources = List.of(
                new ParallelTextExtractor.Source(fileStore.path(car.sha256()).toFile(), car.pageCount()),
                new ParallelTextExtractor.Source(fileStore.path(receipts.sha256()).toFile(), receipts.pageCount()));
        return ParallelTextExtractor.extract(sources, workers.pool(), workers.threads(), properties.parseTimeout(),
                new ParallelTextExtractor.Listener() {
                    @Override
                    public void pageDone(int source, String text) {
                        if (source == 0) {
                            cardholders.addAndGet(countSectionStarts(text));
                        }
                        liveProgress.update(sessionId, new SessionDetails.Progress("EXTRACTING",
                                pagesDone.incrementAndGet(), pagesTotal, cardholders.get()));
                    }

                    @Override
                    public boolean stopRequested() {
                        return control.stopRequested();
                    }
                });
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Sections opened on a CAR page, for the live "employees found" counter only. */
    static int countSectionStarts(String pageText) {
        int count = 0;
        for (String line : pageText.split("\n")) {
            if (line.startsWith("Cardholder:") && !line.contains("(continued)")) {
                count++;
            }
        }
        return count;
    }

    private void persist(String sessionId, int receiptVersion, CarReport car, ReceiptReport receipts,
            Reconciliation result, int pagesTotal) {
        List<ReconciliationStore.Warning> warnings = new ArrayList<>();
        car.warnings().forEach(w -> warnings.add(new ReconciliationStore.Warning("CAR", w)));
        receipts.warnings().forEach(w -> warnings.add(new ReconciliationStore.Warning("RECEIPTS", w)));
        result.warnings().forEach(w -> warnings.add(new ReconciliationStore.Warning("MATCHING", w)));
        String owner = sessions.ownerOf(sessionId);
        transaction.executeWithoutResult(status -> {
            store.save(sessionId, receiptVersion, result.employees(), warnings, owner, clock.instant());
            sessions.complete(sessionId, pagesTotal, result.employees().size());
        });
    }

    private void fail(String sessionId, String reason) {
        log.warn("Session {} failed: {}", sessionId, reason);
        sessions.fail(sessionId, reason);
    }
}
