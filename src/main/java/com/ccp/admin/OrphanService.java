package com.ccp.admin;

import com.ccp.admin.OrphanReport.Kind;
import com.ccp.admin.OrphanReport.MissingFile;
import com.ccp.admin.OrphanReport.StrayFile;
import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.security.Actor;
import com.ccp.storage.SessionFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orphaned files and records: a preview, then a clean that deletes stray files and the upload records
 * whose file is gone. Export batches whose files are missing are listed but kept.
 */
@Service
public class OrphanService {

    private static final Logger log = LoggerFactory.getLogger(OrphanService.class);

    private final OrphanScan scan;
    private final SessionFiles sessionFiles;
    private final ActivityLog activityLog;
    private final ChangeGuard guard;

    OrphanService(OrphanScan scan, SessionFiles sessionFiles, ActivityLog activityLog, ChangeGuard guard) {
        this.scan = scan;
        this.sessionFiles = sessionFiles;
        this.activityLog = activityLog;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public OrphanReport orphans(Actor actor) {
        Admins.require(actor);
        return scan.scan();
    }

    @Transactional
    public OrphanCleanup clean(Actor actor) {
        guard.requireAdmin(actor, AuditAction.CLEAN_ORPHANS, null, Admins.ONLY_ADMINS);
        OrphanReport report = scan.scan();
        int filesDeleted = 0;
        long bytes = 0;
        for (StrayFile file : report.filesWithoutRecord()) {
            Path path = Path.of(file.path());
            if (!scan.named(path) && deleteQuietly(path)) {
                filesDeleted++;
                bytes += file.bytes();
            }
        }
        int recordsDeleted = 0;
        int kept = 0;
        for (MissingFile record : report.recordsWithoutFile()) {
            if (record.kind() == Kind.SESSION_FILE && !Files.exists(Path.of(record.path()))) {
                recordsDeleted += deleteSessionFile(record);
            } else {
                kept++;
            }
        }
        OrphanCleanup result = new OrphanCleanup(filesDeleted, bytes, recordsDeleted, kept);
        activityLog.success(actor, AuditAction.CLEAN_ORPHANS, null, filesDeleted + " stray files (" + bytes
                + " bytes) and "
                + recordsDeleted + " records without a file deleted; " + kept + " export records kept");
        log.info("Orphan cleanup by {}: {}", actor.username(), result);
        return result;
    }

    private int deleteSessionFile(MissingFile record) {
        return sessionFiles.remove(new SessionFiles.Stored(record.sessionId(), String.valueOf(record.reportKind()),
                Objects.requireNonNull(record.version()), record.file().replace(".pdf", ""))) ? 1 : 0;
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the stray file {}: {}", file, e.getMessage());
            return false;
        }
    }
}
