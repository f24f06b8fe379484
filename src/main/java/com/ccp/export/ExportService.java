package com.ccp.export;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.employee.EmployeeWriter;
import com.ccp.employee.ExportCandidate;
import com.ccp.employee.ExportView.ReceiptPages;
import com.ccp.employee.ExportView;
import com.ccp.employee.ListedIssue;
import com.ccp.employee.OpenIssues;
import com.ccp.pdf.PageTexts;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.profile.ProfileService;
import com.ccp.report.BuiltInProfiles;
import com.ccp.report.CarParser;
import com.ccp.report.CarWording;
import com.ccp.report.Cardholder;
import com.ccp.report.ProfileKind;
import com.ccp.report.ReceiptWording;
import com.ccp.security.Actor;
import com.ccp.storage.FileStore;
import com.ccp.storage.ReportKind;
import com.ccp.storage.SessionFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export to pVault, exactly once. An export locks its session row, selects, writes the package and
 * the exceptions report to a staging directory, records the batch and marks the revisions in the
 * same transaction; the files move in place on commit. Reads (preview, history, downloads, open
 * exceptions) need only read access to the session, so they work on a CLOSED session too.
 */
@Service
public class ExportService {

    /** How long a second export of the same session waits for the first before it is refused. */
    static final int LOCK_WAIT_SECONDS = 120;
    /** Why a session imported from the old tool is never exported here. */
    public static final String OLD_TOOL_MESSAGE = "This session was imported from the old tool, which already sent"
            + " its employees to pVault; it holds no report files to build documents from, so it cannot be exported"
            + " here. Its open exceptions can still be downloaded.";
    private static final Logger log = LoggerFactory.getLogger(ExportService.class);

    private final SessionService sessions;
    private final ExportQueries queries;
    private final ExportView employees;
    private final EmployeeWriter writer;
    private final OpenIssues openIssues;
    private final DuplicateSearch duplicateSearch;
    private final ExportFiles files;
    private final PvaultPackage pvault;
    private final ExceptionsReport exceptions;
    private final SessionFiles sessionFiles;
    private final FileStore fileStore;
    private final ActivityLog activityLog;
    private final Clock clock;

    private final ProfileService profiles;
    private final ChangeGuard guard;

    ExportService(SessionService sessions, ExportQueries queries, ExportView employees, EmployeeWriter writer,
            OpenIssues openIssues, DuplicateSearch duplicateSearch, ExportFiles files, PvaultPackage pvault,
            ExceptionsReport exceptions, SessionFiles sessionFiles, FileStore fileStore, ActivityLog activityLog,
            Clock clock, ProfileService profiles, ChangeGuard guard) {
        this.profiles = profiles;
        this.sessions = sessions;
        this.queries = queries;
        this.employees = employees;
        this.writer = writer;
        this.openIssues = openIssues;
        this.duplicateSearch = duplicateSearch;
        this.files = files;
        this.pvault = pvault;
        this.exceptions = exceptions;
        this.sessionFiles = sessionFiles;
        this.fileStore = fileStore;
        this.activityLog = activityLog;
        this.clock = clock;
        this.guard = guard;
    }

    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public ExportPreview preview(Actor actor, String sessionId, ExportMode mode) {
        sessions.requireVisible(actor, sessionId);
        ExportSelection selection = ExportSelection.of(employees.candidates(sessionId), mode);
        boolean legacy = sentByOldTool(sessionId);
        if (legacy) {
            selection = selection.sentByOldTool();
        }
        return new ExportPreview(mode, selection.newEmployees(), selection.changedEmployees(),
                selection.alreadyExported(), selection.notReady(), selection.willExport(),
                duplicates(sessionId, selection), selection.noDocuments(), legacy);
    }

    /**
     * Whether the session was imported from the old tool's activity file: it has employees but no
     * report files, its employees went to pVault through the old tool, and it cannot be exported.
     */
    @Transactional(readOnly = true)
    public boolean sentByOldTool(Actor actor, String sessionId) {
        sessions.requireVisible(actor, sessionId);
        return sentByOldTool(sessionId);
    }

    private boolean sentByOldTool(String sessionId) {
        return sessionFiles.find(sessionId, ReportKind.CAR, 1).isEmpty();
    }

    /**
     * Writes a batch. Refused with {@code CONFLICT} (details.willExport 0) when nothing is to be
     * sent, with {@code DUPLICATE_EXPORT} when transactions already went out from another session
     * and {@code allowDuplicates} is false; a second export of the same session waits for the first.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ExportBatch export(Actor actor, String sessionId, ExportMode mode, boolean allowDuplicates) {
        guard.requireWritable(actor, AuditAction.EXPORT, sessionId);
        lock(sessionId);
        sessions.requireAction(actor, sessionId, SessionAction.EXPORT);
        SessionDetails session = sessions.get(actor, sessionId);
        ExportSelection selection = ExportSelection.of(employees.candidates(sessionId), mode);
        if (sentByOldTool(sessionId)) {
            activityLog.refusal(actor, AuditAction.EXPORT, sessionId,
                    "imported from the old tool, which sent its employees");
            throw new AppException(ErrorCode.CONFLICT, OLD_TOOL_MESSAGE, Map.of("willExport", 0, "mode", mode.name(),
                    "reason", "SENT_BY_OLD_TOOL", "alreadyExported", selection.sentByOldTool().alreadyExported(),
                    "notReady", selection.notReady()));
        }
        if (selection.willExport() == 0) {
            activityLog.refusal(actor, AuditAction.EXPORT, sessionId, "nothing to export (" + mode + ")");
            throw new AppException(ErrorCode.CONFLICT, mode == ExportMode.DELTA
                    ? "Nothing to export: every ready employee's current revision is already exported."
                    : "Nothing to export: no employee is ready.",
                    Map.of("willExport", 0, "mode", mode.name(), "alreadyExported", selection.alreadyExported(),
                            "notReady", selection.notReady()));
        }
        List<DuplicateTransaction> duplicates = duplicates(sessionId, selection);
        if (!duplicates.isEmpty() && !allowDuplicates) {
            activityLog.refusal(actor, AuditAction.EXPORT, sessionId, duplicates.size()
                    + " transactions already exported"
                    + " from another session");
            throw new AppException(ErrorCode.DUPLICATE_EXPORT, duplicates.size() + " transactions were already"
                    + " exported from another session; review them and export anyway only if that is intended.",
                    Map.of("count", duplicates.size(), "transactions", duplicates.stream().map(ExportService::describe)
                            .toList()));
        }
        BatchHeader batch = new BatchHeader(UUID.randomUUID().toString(), sessionId, session.name(),
                session.period() == null ? "" : session.period(), mode, actor.username(), clock.instant());
        try {
            return write(actor, batch, selection, duplicates.size());
        } catch (AppException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.error("Export of session {} failed, nothing kept: {}", sessionId, e.toString());
            activityLog.failure(actor, AuditAction.EXPORT, sessionId, "export failed, nothing kept: " + e.getMessage());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** An admin voids a batch pVault rejected: its revisions count as never exported again. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ExportBatch voidBatch(Actor actor, String batchId, @Nullable String reason) {
        guard.requireAdmin(actor, AuditAction.VOID_EXPORT, queries.sessionOfBatch(batchId),
                "Only an admin can void an export batch.");
        if (reason == null || reason.isBlank()) {
            throw new AppException(ErrorCode.BAD_INPUT, "Say why the batch is voided (for example what pVault"
                    + " rejected).", Map.of("field", "reason"));
        }
        ExportBatch batch = queries.batch(batchId).orElseThrow(() -> AppException.notFound("Export batch " + batchId));
        lock(batch.sessionId());
        if (!queries.voidBatch(batchId, actor.username(), clock.instant(), reason.strip())) {
            throw new AppException(ErrorCode.CONFLICT, "This batch is already voided.", Map.of("status", "VOIDED"));
        }
        writer.clearExportMarks(batchId);
        activityLog.success(actor, AuditAction.VOID_EXPORT, batch.sessionId(),
                "batch " + batchId + " voided: " + reason.strip());
        log.info("Export batch {} of session {} voided by {}", batchId, batch.sessionId(), actor.username());
        return queries.batch(batchId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ExportBatch> history(Actor actor, String sessionId) {
        sessions.requireVisible(actor, sessionId);
        return queries.batches(sessionId);
    }

    /** A batch file for download: a read, allowed to whoever may see the session, in any state. */
    @Transactional(readOnly = true)
    public ExportFile file(Actor actor, String batchId, ExportFileKind kind) {
        ExportBatch batch = queries.batch(batchId).orElseThrow(() -> AppException.notFound("Export batch " + batchId));
        sessions.requireVisible(actor, batch.sessionId());
        Path path = files.path(batch.sessionId(), batch.fileName(kind));
        if (!Files.isRegularFile(path)) {
            throw new AppException(ErrorCode.NOT_FOUND, "The file " + batch.fileName(kind)
                    + " is missing on the server; tell support.");
        }
        return new ExportFile(path, batch.fileName(kind), kind.contentType());
    }

    /** The open exceptions right now, not tied to a batch, written to {@code out}. */
    @Transactional(readOnly = true)
    public void openExceptions(Actor actor, String sessionId, ExportFileKind kind, OutputStream out) {
        SessionDetails session = sessions.get(actor, sessionId);
        List<ListedIssue> open = openIssues.of(sessionId);
        try {
            switch (kind) {
                case EXCEPTIONS_CSV -> exceptions.writeCsv(open, out);
                case EXCEPTIONS_PDF -> exceptions.writePdf(sessionId, open, new ExceptionsReport.Heading(session.name(),
                        periodOf(session), "Open exceptions now (not part of an export batch)", who(actor),
                        clock.instant()), out);
                case PVAULT -> throw new AppException(ErrorCode.BAD_INPUT, "Open exceptions come as CSV or PDF.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name a download of the open exceptions gets. */
    @Transactional(readOnly = true)
    public String openExceptionsFileName(Actor actor, String sessionId, ExportFileKind kind) {
        String period = periodOf(sessions.get(actor, sessionId));
        return "open_exceptions_" + period + "_" + clock.instant().toString().substring(0, 10)
                + (kind == ExportFileKind.EXCEPTIONS_PDF ? ".pdf" : ".csv");
    }

    /**
     * Employee ref → the number (1, 2, … in the session) of the newest batch not voided that sent the
     * employee; the caller has checked who may see the session.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> batchNumbers(String sessionId) {
        return queries.batchNumbers(sessionId);
    }

    /** Employee ID → the batch that exported the employee's current revision. */
    @Transactional(readOnly = true)
    public Map<String, String> exportedCurrentRevisions(Actor actor, String sessionId) {
        sessions.requireVisible(actor, sessionId);
        return employees.exportedCurrentRevisions(sessionId);
    }

    /** The issues this batch's report lists: all open ones (ALL), or those no earlier live batch listed (DELTA). */
    private List<ListedIssue> listedIssues(BatchHeader batch) {
        List<ListedIssue> open = openIssues.of(batch.sessionId());
        if (batch.mode() == ExportMode.ALL) {
            return open;
        }
        Set<String> before = queries.listedBefore(batch.sessionId());
        return open.stream().filter(issue -> !before.contains(ExportQueries.listedKey(issue))).toList();
    }

    private ExportBatch write(Actor actor, BatchHeader batch, ExportSelection selection, int duplicates)
            throws IOException {
        Path dir = files.stage(batch.sessionId(), batch.batchId());
        queries.insertBatch(batch.batchId(), batch.sessionId(), batch.mode(), batch.createdBy(), batch.createdAt());
        queries.insertBatchEmployees(batch.batchId(), selection.toSend());
        List<ExportCandidate> toMark = selection.toMark();
        int marked = writer.markExported(batch.batchId(), toMark.stream()
                .map(c -> new EmployeeWriter.SentRevision(c.ref(), c.revision())).toList(), batch.createdAt());
        if (marked != toMark.size()) {
            throw new AppException(ErrorCode.CONFLICT, "Another export marked some of these employees at the same"
                    + " moment; nothing was exported. Reload the session and export again.");
        }
        List<ListedIssue> listed = listedIssues(batch);
        queries.insertListedIssues(batch.batchId(), listed);
        int exceptionCount = listed.size();
        PvaultPackage.Sources sources = sources(batch.sessionId());
        PvaultPackage.Result[] result = new PvaultPackage.Result[1];
        ExportFiles.Written zip = ExportFiles.write(dir.resolve(ExportFileNames.pvault(batch.period(), batch.batchId())),
                out -> result[0] = pvault.write(out, dir, batch, selection.toSend(), sources, exceptionCount));
        ExportFiles.Written csv = ExportFiles.write(dir.resolve(ExportFileNames.exceptionsCsv(batch.period(),
                batch.batchId())), out -> exceptions.writeCsv(listed, out));
        ExportFiles.Written pdf = ExportFiles.write(dir.resolve(ExportFileNames.exceptionsPdf(batch.period(),
                batch.batchId())), out -> exceptions.writePdf(batch.sessionId(), listed, heading(batch), out));
        queries.finishBatch(batch.batchId(), result[0].employees(), result[0].transactions(), exceptionCount, marked,
                zip, csv, pdf);
        activityLog.success(actor, AuditAction.EXPORT, batch.sessionId(), "batch " + batch.batchId() + " ("
                + batch.mode()
                + "): " + result[0].employees() + " employees (" + marked + " revisions marked), "
                + result[0].transactions() + " transactions, " + exceptionCount + " exceptions"
                + (duplicates > 0 ? "; exported anyway with " + duplicates + " duplicate transactions" : ""));
        log.info("Session {} exported batch {} ({}): {} employees, {} transactions, {} exceptions", batch.sessionId(),
                batch.batchId(), batch.mode(), result[0].employees(), result[0].transactions(), exceptionCount);
        return queries.batch(batch.batchId()).orElseThrow();
    }

    private PvaultPackage.Sources sources(String sessionId) throws IOException {
        Path car = sessionFiles.find(sessionId, ReportKind.CAR, 1).map(file -> fileStore.path(file.sha256()))
                .orElseThrow(() -> new IllegalStateException("Session " + sessionId + " has no stored CAR"));
        Map<String, List<ReceiptPages>> receiptPages = employees.receiptPages(sessionId);
        Map<Integer, Path> versions = new HashMap<>();
        Map<Integer, ReceiptWording> wordings = new HashMap<>();
        receiptPages.values().stream().flatMap(List::stream).map(ReceiptPages::version).distinct()
                .forEach(version -> sessionFiles.find(sessionId, ReportKind.RECEIPTS, version).ifPresent(file -> {
                    versions.put(version, fileStore.path(file.sha256()));
                    wordings.put(version, (ReceiptWording) profiles.wording(ProfileKind.RECEIPTS,
                            file.profileDocument()));
                }));
        int newest = sessionFiles.latest(sessionId, ReportKind.RECEIPTS).map(SessionFiles.SessionFile::version).orElse(1);
        CarWording carWording = (CarWording) profiles.wording(ProfileKind.CAR,
                sessionFiles.find(sessionId, ReportKind.CAR, 1).map(SessionFiles.SessionFile::profileDocument)
                        .orElse(null));
        return new PvaultPackage.Sources(car, carLines(car, carWording), versions, receiptPages,
                new OlderReceiptFiles(newest, employees.receiptIds(sessionId), wordings),
                new PvaultPackage.Names(carWording.profile().nameOrder(), wordings.getOrDefault(newest,
                        BuiltInProfiles.receipts()).profile().nameOrder()));
    }

    /** The CAR read again, for the lines each cardholder section owns (owners are Employee IDs). */
    private static SectionLines carLines(Path car, CarWording wording) throws IOException {
        List<String> texts = PageTexts.read(car.toFile());
        SectionLines lines = new SectionLines(texts);
        for (Cardholder cardholder : CarParser.parse(wording, texts).cardholders()) {
            lines.add(cardholder.employeeId(), cardholder.lines());
        }
        return lines;
    }

    private List<DuplicateTransaction> duplicates(String sessionId, ExportSelection selection) {
        return duplicateSearch.of(sessionId,
                selection.toSend().stream().map(ExportCandidate::ref).collect(Collectors.toSet()));
    }

    private void lock(String sessionId) {
        try {
            if (!sessions.lock(sessionId, LOCK_WAIT_SECONDS)) {
                throw AppException.notFound("Session " + sessionId);
            }
        } catch (PessimisticLockingFailureException e) {
            throw new AppException(ErrorCode.CONFLICT, "Another export of this session is still running; try again"
                    + " when it has finished.");
        }
    }

    private static ExceptionsReport.Heading heading(BatchHeader batch) {
        return new ExceptionsReport.Heading(batch.sessionName(), batch.period(), "Export batch " + batch.batchId()
                + " (" + batch.mode() + (batch.mode() == ExportMode.DELTA ? ": issues not listed before)"
                : ": every unresolved issue)"), batch.createdBy(), batch.createdAt());
    }

    private static String who(Actor actor) {
        return actor.impersonating() ? actor.username() + " (viewing as " + actor.actingAs() + ")" : actor.username();
    }

    private static String periodOf(SessionDetails session) {
        return session.period() == null ? "" : session.period();
    }

    private static Map<String, Object> describe(DuplicateTransaction d) {
        return Map.of("reference", d.reference(), "employeeId", d.employeeId(), "name", d.name(),
                "transDate", d.transDate().toString(), "amount", d.amount().toPlainString(), "merchant", d.merchant(),
                "otherSessionId", d.otherSessionId(), "otherSessionName", d.otherSessionName(),
                "otherBatchId", d.otherBatchId());
    }
}
