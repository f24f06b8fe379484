package com.ccp.ingestion;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStateMachine;
import com.ccp.report.BuiltInProfiles;
import com.ccp.security.Actor;
import com.ccp.storage.FileStore;
import com.ccp.storage.ReportKind;
import com.ccp.storage.SessionFiles;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a session from a CAR and a receipt report: both files are validated before anything is
 * stored, then stored by content, then read in the background.
 */
@Service
public class IngestionService {

    private final UploadValidator validator;
    private final FileStore fileStore;
    private final SessionFiles sessionFiles;
    private final SessionService sessions;
    private final IngestionJobs jobs;
    private final ActivityLog activityLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ChangeGuard guard;

    IngestionService(UploadValidator validator, FileStore fileStore, SessionFiles sessionFiles, SessionService sessions,
            IngestionJobs jobs, ActivityLog activityLog, TransactionTemplate transaction, Clock clock,
            ChangeGuard guard) {
        this.validator = validator;
        this.fileStore = fileStore;
        this.sessionFiles = sessionFiles;
        this.sessions = sessions;
        this.jobs = jobs;
        this.activityLog = activityLog;
        this.transaction = transaction;
        this.clock = clock;
        this.guard = guard;
    }

    /** Returns the new session's id; each file is read with the profile its title names. */
    public String createSession(Actor actor, String name, @Nullable String period, UploadedFile car,
            UploadedFile receipts) {
        return createSession(actor, name, period, car, receipts, null, null);
    }

    /**
     * Returns the new session's id; processing continues in the background. A named profile
     * ({@code carProfile}, {@code receiptProfile}) must fit its file; null picks the one by title.
     */
    public String createSession(Actor actor, String name, @Nullable String period, UploadedFile car,
            UploadedFile receipts, @Nullable String carProfile, @Nullable String receiptProfile) {
        guard.requireWritable(actor, AuditAction.CREATE_SESSION, null);
        try {
            String cleanName = requireName(name);
            @Nullable YearMonth typedPeriod = parsePeriod(period);
            UploadValidator.ValidReport carReport = validator.validate(ReportKind.CAR, car, ReportKind.CAR.apiPart(), carProfile);
            UploadValidator.ValidReport receiptReport =
                    validator.validate(ReportKind.RECEIPTS, receipts, ReportKind.RECEIPTS.apiPart(),
                            receiptProfile);
            checkSameMonth(typedPeriod, carReport, receiptReport);
            String sessionId = store(actor, cleanName, carReport, receiptReport);
            jobs.start(sessionId);
            return sessionId;
        } catch (AppException e) {
            activityLog.refusal(actor, AuditAction.CREATE_SESSION, null, e.code() + ": " + e.getMessage());
            throw e;
        }
    }

    /** Which profile each of the session's files was read with (api.md: {@code profiles}). */
    @Transactional(readOnly = true)
    public SessionProfiles profilesOf(Actor actor, String sessionId) {
        sessions.requireVisible(actor, sessionId);
        String car = sessionFiles.profiles(sessionId, ReportKind.CAR).stream().findFirst()
                .map(p -> p.profileId() == null ? BuiltInProfiles.CAR_ID : p.profileId()).orElse(null);
        List<SessionProfiles.Version> receipts = sessionFiles.profiles(sessionId, ReportKind.RECEIPTS).stream()
                .map(p -> new SessionProfiles.Version(p.version(),
                        p.profileId() == null ? BuiltInProfiles.RECEIPTS_ID : p.profileId()))
                .toList();
        return new SessionProfiles(car, receipts);
    }

    /**
     * Accepts a late receipt report for a COMPLETED session (product.md step 4): validated like any
     * upload, same period and company as the session. Returns the new receipt version; the session
     * is RECEIPT_REPROCESSING when this returns and the comparison is read in the background.
     */
    public int addReceiptReport(Actor actor, String sessionId, UploadedFile receipts, boolean replaceAll) {
        return addReceiptReport(actor, sessionId, receipts, replaceAll, null);
    }

    /** As above, read with the named receipt profile, or with the one whose title the file's first line is. */
    public int addReceiptReport(Actor actor, String sessionId, UploadedFile receipts, boolean replaceAll,
            @Nullable String receiptProfile) {
        guard.requireWritable(actor, AuditAction.UPLOAD_RECEIPTS, sessionId);
        try {
            SessionDetails session = sessions.get(actor, sessionId);
            SessionStateMachine.check(session.status(), SessionAction.REPROCESS, actor.isAdmin());
            UploadValidator.ValidReport report = validator.validate(ReportKind.RECEIPTS, receipts, "receipts", receiptProfile);
            checkSameMonth(session, report);
            int version = storeAndRecord(List.of(report), files -> {
                int next = sessions.startReprocessing(actor, sessionId);
                record(sessionId, ReportKind.RECEIPTS, next, files.get(0), report, replaceAll, actor);
                activityLog.success(actor, AuditAction.UPLOAD_RECEIPTS, sessionId, "receipt report version " + next
                        + (replaceAll ? " (replaces all earlier receipts)" : " (merged by Receipt ID)")
                        + ": " + report.file().displayName());
                return next;
            });
            jobs.start(sessionId);
            return version;
        } catch (AppException e) {
            activityLog.refusal(actor, AuditAction.UPLOAD_RECEIPTS, sessionId, e.code() + ": " + e.getMessage());
            throw e;
        }
    }

    private static void checkSameMonth(SessionDetails session, UploadValidator.ValidReport receipts) {
        String period = receipts.header().period().key();
        if (!period.equals(session.period())) {
            throw new AppException(ErrorCode.PERIOD_MISMATCH, "The receipt report " + receipts.file().displayName()
                    + " covers " + period + " but this session covers " + session.period()
                    + "; upload the receipt report of the same period.", Map.of("file", "receipts"));
        }
        if (session.company() == null || !sameCompany(receipts.header().company(), session.company())) {
            throw new AppException(ErrorCode.COMPANY_MISMATCH, "The receipt report " + receipts.file().displayName()
                    + " is for '" + receipts.header().company() + "' but this session is for '" + session.company()
                    + "'; upload the receipt report of the same company.", Map.of("file", "receipts"));
        }
    }

    private String store(Actor actor, String name, UploadValidator.ValidReport car, UploadValidator.ValidReport receipts) {
        return storeAndRecord(List.of(car, receipts), files -> {
            String id = sessions.createProcessing(actor, name, car.header().period().key(), car.header().company());
            record(id, ReportKind.CAR, 1, files.get(0), car, false, actor);
            record(id, ReportKind.RECEIPTS, 1, files.get(1), receipts, false, actor);
            return id;
        });
    }

    /**
     * Stores the files by content, then records them in one transaction; if that fails, the files
     * this call added (and no other session uses) are removed again.
     */
    private <T> T storeAndRecord(List<UploadValidator.ValidReport> reports, Function<List<FileStore.Stored>, T> record) {
        List<String> hashes = reports.stream().map(report -> fileStore.hash(report.file().path())).toList();
        // held until the references are committed: a delete of another session sharing a file waits
        return fileStore.holding(hashes, () -> {
            List<FileStore.Stored> created = new ArrayList<>();
            try {
                List<FileStore.Stored> files = new ArrayList<>();
                for (int i = 0; i < reports.size(); i++) {
                    FileStore.Stored stored = fileStore.store(reports.get(i).file().path(), hashes.get(i));
                    if (stored.created()) {
                        created.add(stored);
                    }
                    files.add(stored);
                }
                return transaction.execute(status -> record.apply(files));
            } catch (RuntimeException e) {
                created.forEach(stored -> fileStore.deleteUnlessReferenced(stored.sha256(), sessionFiles::referenced));
                throw e;
            }
        });
    }

    private void record(String sessionId, ReportKind kind, int version, FileStore.Stored file,
            UploadValidator.ValidReport report, boolean replaceAll, Actor actor) {
        sessionFiles.add(sessionId, kind, version, file.sha256(), report.file().size(), report.pageCount(),
                report.file().originalName(), replaceAll, new SessionFiles.Profile(report.wording().profile().id(),
                        report.wording().profile().json()), actor.effectiveUser(), clock.instant());
    }

    static void checkSameMonth(@Nullable YearMonth typed, UploadValidator.ValidReport car,
            UploadValidator.ValidReport receipts) {
        YearMonth carMonth = car.header().period().month();
        if (typed != null && !typed.equals(carMonth)) {
            throw new AppException(ErrorCode.PERIOD_MISMATCH, "The CAR " + car.file().displayName() + " covers "
                    + carMonth + ", not the period " + typed + " you entered; correct the period or upload the "
                    + typed + " CAR.", Map.of("file", "car"));
        }
        boolean samePeriod = receipts.header().period().equals(car.header().period());
        boolean sameCompany = sameCompany(receipts.header().company(), car.header().company());
        if (!samePeriod && !sameCompany) {
            // neither file can be blamed: say what each one is, so the clerk sees which one is wrong
            throw new AppException(ErrorCode.PERIOD_MISMATCH, "The two files are not of one statement month: the CAR "
                    + car.file().displayName() + " covers " + carMonth + " for '" + car.header().company()
                    + "', the receipt report " + receipts.file().displayName() + " covers "
                    + receipts.header().period().key() + " for '" + receipts.header().company()
                    + "'; upload the CAR and the receipt report of the same month and company.",
                    Map.of("file", "car", "files", List.of("car", "receipts")));
        }
        if (!samePeriod) {
            throw new AppException(ErrorCode.PERIOD_MISMATCH, "The receipt report " + receipts.file().displayName()
                    + " covers " + receipts.header().period().key() + " but the CAR covers " + carMonth
                    + "; upload the receipt report of the same period.", Map.of("file", "receipts"));
        }
        if (!sameCompany) {
            throw new AppException(ErrorCode.COMPANY_MISMATCH, "The receipt report " + receipts.file().displayName()
                    + " is for '" + receipts.header().company() + "' but the CAR is for '" + car.header().company()
                    + "'; upload the receipt report of the same company.", Map.of("file", "receipts"));
        }
    }

    static boolean sameCompany(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String company) {
        return company.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new AppException(ErrorCode.BAD_INPUT, "Give the session a name, e.g. \"March 2025\".",
                    Map.of("field", "name"));
        }
        if (name.strip().length() > 200) {
            throw new AppException(ErrorCode.BAD_INPUT, "The session name is longer than 200 characters.",
                    Map.of("field", "name"));
        }
        return name.strip();
    }

    static @Nullable YearMonth parsePeriod(@Nullable String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(period.strip());
        } catch (DateTimeParseException e) {
            throw new AppException(ErrorCode.BAD_INPUT, "The period '" + period + "' is not in the form YYYY-MM"
                    + " (e.g. 2025-03); leave it empty to take it from the CAR.", Map.of("field", "period"));
        }
    }
}
