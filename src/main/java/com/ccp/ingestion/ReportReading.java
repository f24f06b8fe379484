package com.ccp.ingestion;

import com.ccp.base.AppProperties;
import com.ccp.pdf.ParallelTextExtractor;
import com.ccp.pdf.PdfProblem;
import com.ccp.processing.LiveProgress;
import com.ccp.processing.ReadingPhase;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.profile.ProfileService;
import com.ccp.report.CarParser;
import com.ccp.report.CarReport;
import com.ccp.report.CarWording;
import com.ccp.report.ProfileKind;
import com.ccp.report.ReceiptParser;
import com.ccp.report.ReceiptReport;
import com.ccp.report.ReceiptWording;
import com.ccp.storage.FileStore;
import com.ccp.storage.ReportKind;
import com.ccp.storage.SessionFiles;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reads a session's CAR and one of its receipt report versions: page text of both files in parallel
 * (EXTRACTING, with live progress), then both parsers (ANALYZING).
 */
@Component
public class ReportReading {

    /** Both reports as read, with the receipt file's version, page count and whether it replaces all earlier ones. */
    public record Reports(CarReport car, ReceiptReport receipts, int receiptVersion, boolean replaceAll,
            int pagesTotal) {
    }

    private final SessionService sessions;
    private final SessionFiles sessionFiles;
    private final FileStore fileStore;
    private final PdfWorkers workers;
    private final LiveProgress liveProgress;
    private final AppProperties properties;
    private final ProfileService profiles;
    private final ApplicationEventPublisher events;

    ReportReading(SessionService sessions, SessionFiles sessionFiles, FileStore fileStore, PdfWorkers workers,
            LiveProgress liveProgress, AppProperties properties, ProfileService profiles,
            ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.events = events;
        this.sessions = sessions;
        this.sessionFiles = sessionFiles;
        this.fileStore = fileStore;
        this.workers = workers;
        this.liveProgress = liveProgress;
        this.properties = properties;
    }

    /** The CAR and the newest receipt report of the session. */
    public Reports read(String sessionId, BooleanSupplier stopRequested)
            throws PdfProblem, TimeoutException, InterruptedException {
        SessionFiles.SessionFile car = sessionFiles.find(sessionId, ReportKind.CAR, 1).orElseThrow(
                () -> new IllegalStateException("the session has no CAR file"));
        SessionFiles.SessionFile receipts = sessionFiles.latest(sessionId, ReportKind.RECEIPTS).orElseThrow(
                () -> new IllegalStateException("the session has no receipt report"));
        int pagesTotal = car.pageCount() + receipts.pageCount();
        CarWording carWording = (CarWording) profiles.wording(ProfileKind.CAR, car.profileDocument());
        ReceiptWording receiptWording = (ReceiptWording) profiles.wording(ProfileKind.RECEIPTS,
                receipts.profileDocument());
        AtomicInteger cardholders = new AtomicInteger();
        List<List<String>> texts = extract(sessionId, car, receipts, carWording, cardholders, stopRequested);
        // the count found while reading stands until matching knows the exact number
        liveProgress.update(sessionId, new SessionDetails.Progress(ReadingPhase.ANALYZING, pagesTotal, pagesTotal,
                cardholders.get()));
        CompletableFuture<ReceiptReport> receiptReport = CompletableFuture.supplyAsync(
                () -> ReceiptParser.parse(receiptWording, texts.get(1)), workers.pool());
        CarReport carReport = CarParser.parse(carWording, texts.get(0));
        return new Reports(carReport, join(receiptReport), receipts.version(), receipts.replaceAll(), pagesTotal);
    }

    private static <T> T join(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<List<String>> extract(String sessionId, SessionFiles.SessionFile car,
            SessionFiles.SessionFile receipts, CarWording carWording, AtomicInteger cardholders,
            BooleanSupplier stopRequested) throws PdfProblem, TimeoutException, InterruptedException {
        int pagesTotal = car.pageCount() + receipts.pageCount();
        sessions.recordPhase(sessionId, ReadingPhase.EXTRACTING, 0, pagesTotal, 0);
        AtomicInteger pagesDone = new AtomicInteger();
        liveProgress.update(sessionId, new SessionDetails.Progress(ReadingPhase.EXTRACTING, 0, pagesTotal, 0));
        events.publishEvent(new ReadStarted(sessionId, pagesTotal));
        List<ParallelTextExtractor.Source> sources = List.of(
                new ParallelTextExtractor.Source(fileStore.path(car.sha256()).toFile(), car.pageCount(), "the CAR"),
                new ParallelTextExtractor.Source(fileStore.path(receipts.sha256()).toFile(), receipts.pageCount(),
                        "the receipt report (version " + receipts.version() + ")"));
        requirePresent(sources, List.of(car, receipts));
        try {
            return extractAll(sessionId, sources, pagesTotal, pagesDone, cardholders, carWording, stopRequested);
        } catch (PdfProblem e) {
            // a file that vanished while it was read is missing, not damaged
            requirePresent(sources, List.of(car, receipts));
            throw e;
        }
    }

    private static void requirePresent(List<ParallelTextExtractor.Source> sources, List<SessionFiles.SessionFile> files) {
        for (int i = 0; i < sources.size(); i++) {
            if (!sources.get(i).file().isFile()) {
                throw new StoredFileMissing(sources.get(i).name(), files.get(i).sha256());
            }
        }
    }

    private List<List<String>> extractAll(String sessionId, List<ParallelTextExtractor.Source> sources, int pagesTotal,
            AtomicInteger pagesDone, AtomicInteger cardholders, CarWording carWording, BooleanSupplier stopRequested)
            throws PdfProblem, TimeoutException, InterruptedException {
        return ParallelTextExtractor.extract(sources, workers.pool(), workers.threads(), properties.parseTimeout(),
                new ParallelTextExtractor.Listener() {
                    @Override
                    public void pageDone(int source, String text) {
                        if (source == 0) {
                            cardholders.addAndGet(countSectionStarts(carWording, text));
                        }
                        liveProgress.update(sessionId, new SessionDetails.Progress(ReadingPhase.EXTRACTING,
                                pagesDone.incrementAndGet(), pagesTotal, cardholders.get()));
                    }

                    @Override
                    public boolean stopRequested() {
                        return stopRequested.getAsBoolean();
                    }
                });
    }

    /** Sections opened on a CAR page, for the live "employees found" counter only. */
    static int countSectionStarts(CarWording wording, String pageText) {
        int count = 0;
        for (String line : pageText.split("\n")) {
            if (wording.opensSection(line)) {
                count++;
            }
        }
        return count;
    }
}
