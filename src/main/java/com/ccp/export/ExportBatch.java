package com.ccp.export;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One export batch as its history shows it. {@code markedRevisions} is how many revisions this
 * batch marked as exported (fewer than {@code employees} when ALL re-sent already exported ones).
 */
public record ExportBatch(String batchId, String sessionId, ExportMode mode, Status status, String createdBy,
        Instant createdAt, int employees, int transactions, int exceptions, int markedRevisions, String pvaultFile,
        String exceptionsCsvFile, String exceptionsPdfFile, @Nullable String voidedBy, @Nullable Instant voidedAt,
        @Nullable String voidReason) {

    public enum Status { DONE, VOIDED }

    public String fileName(ExportFileKind kind) {
        return switch (kind) {
            case PVAULT -> pvaultFile;
            case EXCEPTIONS_CSV -> exceptionsCsvFile;
            case EXCEPTIONS_PDF -> exceptionsPdfFile;
        };
    }
}
