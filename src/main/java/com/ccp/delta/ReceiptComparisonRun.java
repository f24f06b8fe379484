package com.ccp.delta;

import com.ccp.employee.StoredEmployees;
import com.ccp.ingestion.BackgroundRead;
import com.ccp.ingestion.ReportReading;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.reconciliation.Reconciler;
import com.ccp.reconciliation.Reconciliation;
import com.ccp.report.ParseWarning;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background read of a late receipt report: the CAR and the new file are read again, compared
 * with the session's receipts, and the comparison is stored with COMPARING_RECEIPTS in one
 * transaction. Nothing in the employees' data changes here.
 */
@Component
class ReceiptComparisonRun implements BackgroundRead {

    private static final Logger log = LoggerFactory.getLogger(ReceiptComparisonRun.class);

    private final ReportReading reading;
    private final ComparisonStore store;
    private final StoredEmployees storedEmployees;
    private final SessionService sessions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReceiptComparisonRun(ReportReading reading, ComparisonStore store, StoredEmployees storedEmployees,
            SessionService sessions, TransactionTemplate transaction, Clock clock) {
        this.reading = reading;
        this.store = store;
        this.storedEmployees = storedEmployees;
        this.sessions = sessions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public boolean handles(SessionStatus status) {
        return status == SessionStatus.RECEIPT_REPROCESSING;
    }

    @Override
    public void read(String sessionId, BooleanSupplier stopRequested) throws Exception {
        long started = System.nanoTime();
        ReportReading.Reports reports = reading.read(sessionId, stopRequested);
        Reconciliation fresh = Reconciler.reconcile(reports.car(), reports.receipts());
        MergeMode mode = reports.replaceAll() ? MergeMode.REPLACE : MergeMode.MERGE;
        ReceiptMerge.Comparison comparison = ReceiptMerge.compare(fresh, storedEmployees.of(sessionId),
                reports.receiptVersion(), mode);
        // The receipt file's notes (parse and linking); the CAR's were kept when the session was first read.
        List<ParseWarning> warnings = new ArrayList<>();
        fresh.warnings().stream().filter(w -> w.message().startsWith("Receipt report:")).forEach(warnings::add);
        warnings.addAll(comparison.warnings());
        transaction.executeWithoutResult(status -> {
            store.save(sessionId, reports.receiptVersion(), mode, comparison, warnings, clock.instant());
            sessions.comparisonReady(sessionId);
        });
        log.info("Session {}: receipt report v{} compared ({}) in {} ms, {} new receipts", sessionId,
                reports.receiptVersion(), mode, (System.nanoTime() - started) / 1_000_000, comparison.newReceipts());
    }
}
