package com.ccp.ingestion;

import com.ccp.employee.EmployeeWriter;
import com.ccp.employee.ReadingWarning;
import com.ccp.processing.LiveProgress;
import com.ccp.processing.ReadingPhase;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.reconciliation.Reconciler;
import com.ccp.reconciliation.Reconciliation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first read of a session: both reports read (EXTRACTING, ANALYZING), matched, then every result
 * persisted with COMPLETED in one transaction.
 */
@Component
class IngestionRun implements BackgroundRead {

    private static final Logger log = LoggerFactory.getLogger(IngestionRun.class);

    private final SessionService sessions;
    private final ReportReading reading;
    private final LiveProgress liveProgress;
    private final EmployeeWriter store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IngestionRun(SessionService sessions, ReportReading reading, LiveProgress liveProgress, EmployeeWriter store,
            TransactionTemplate transaction, Clock clock) {
        this.sessions = sessions;
        this.reading = reading;
        this.liveProgress = liveProgress;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public boolean handles(SessionStatus status) {
        return status == SessionStatus.PROCESSING;
    }

    @Override
    public void read(String sessionId, BooleanSupplier stopRequested) throws Exception {
        long started = System.nanoTime();
        ReportReading.Reports reports = reading.read(sessionId, stopRequested);
        long extracted = System.nanoTime();
        Reconciliation result = Reconciler.reconcile(reports.car(), reports.receipts());
        int pagesTotal = reports.pagesTotal();
        liveProgress.update(sessionId,
                new SessionDetails.Progress(ReadingPhase.ANALYZING, pagesTotal, pagesTotal, result.employees().size()));
        long analyzed = System.nanoTime();
        persist(sessionId, reports, result);
        log.info("Session {} read: {} pages, {} employees in {} ms (extract+parse {} ms, match {} ms, persist {} ms)",
                sessionId, pagesTotal, result.employees().size(), millis(started, System.nanoTime()),
                millis(started, extracted), millis(extracted, analyzed), millis(analyzed, System.nanoTime()));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private void persist(String sessionId, ReportReading.Reports reports, Reconciliation result) {
        List<EmployeeWriter.Warning> warnings = new ArrayList<>();
        reports.car().warnings().forEach(w -> warnings.add(new EmployeeWriter.Warning(ReadingWarning.CAR, w)));
        reports.receipts().warnings()
                .forEach(w -> warnings.add(new EmployeeWriter.Warning(ReadingWarning.RECEIPTS, w)));
        result.warnings().forEach(w -> warnings.add(new EmployeeWriter.Warning(ReadingWarning.MATCHING, w)));
        String owner = sessions.ownerOf(sessionId);
        transaction.executeWithoutResult(status -> {
            store.saveFirstRead(sessionId, reports.receiptVersion(), result.employees(), warnings, owner,
                    clock.instant());
            sessions.complete(sessionId, reports.pagesTotal(), result.employees().size());
        });
    }
}
