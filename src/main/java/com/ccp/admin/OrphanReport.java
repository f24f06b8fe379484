package com.ccp.admin;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Files on disk that no record names, and records that name a file missing from disk. */
public record OrphanReport(List<StrayFile> filesWithoutRecord, List<MissingFile> recordsWithoutFile) {

    public OrphanReport {
        filesWithoutRecord = List.copyOf(filesWithoutRecord);
        recordsWithoutFile = List.copyOf(recordsWithoutFile);
    }

    /** TEMPORARY: parts of uploads a crash cut off, under DATA_DIR/tmp. */
    public enum Area { UPLOADS, EXPORTS, TEMPORARY }

    /** A file under the upload or export directory that no session file or export batch names. */
    public record StrayFile(Area area, String path, String name, long bytes, Instant modifiedAt) {
    }

    /**
     * A record naming a file that is not on disk. A session's upload record can be cleaned; an export
     * batch never is (it is the audit of what was sent, and its marks keep revisions from being sent twice).
     */
    public record MissingFile(Kind kind, String sessionId, @Nullable String batchId, @Nullable String reportKind,
            @Nullable Integer version, String file, String path, boolean cleanable) {
    }

    public enum Kind { SESSION_FILE, EXPORT_FILE }

    public long strayBytes() {
        return filesWithoutRecord.stream().mapToLong(StrayFile::bytes).sum();
    }
}
