package com.ccp.api;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.export.DuplicateTransaction;
import com.ccp.export.ExportBatch;
import com.ccp.export.ExportFile;
import com.ccp.export.ExportFileKind;
import com.ccp.export.ExportMode;
import com.ccp.export.ExportPreview;
import com.ccp.export.ExportService;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Export: preview, create, history, downloads, void, and the open exceptions (api.md "Export"). */
@RestController
class ExportController {

    record Duplicate(String reference, String employeeId, String name, LocalDate transDate, String amount,
            String merchant, String otherSessionId, String otherSessionName, String otherBatchId) {
        static Duplicate of(DuplicateTransaction d) {
            return new Duplicate(d.reference(), d.employeeId(), d.name(), d.transDate(), Json.amount(d.amount()),
                    d.merchant(), d.otherSessionId(), d.otherSessionName(), d.otherBatchId());
        }
    }

    /** {@code noDocuments} and {@code sentByOldTool}: see {@link ExportPreview}. */
    record Preview(String mode, int newEmployees, int changedEmployees, int alreadyExported, int notReady,
            int willExport, List<Duplicate> duplicates, int noDocuments, boolean sentByOldTool) {
        static Preview of(ExportPreview p) {
            return new Preview(p.mode().name(), p.newEmployees(), p.changedEmployees(), p.alreadyExported(),
                    p.notReady(), p.willExport(), p.duplicates().stream().map(Duplicate::of).toList(), p.noDocuments(),
                    p.sentByOldTool());
        }
    }

    record Files(String pvault, String exceptionsCsv, String exceptionsPdf) {
        static Files of(String batchId) {
            String base = "/api/exports/" + batchId + "/";
            return new Files(base + ExportFileKind.PVAULT.pathName(), base + ExportFileKind.EXCEPTIONS_CSV.pathName(),
                    base + ExportFileKind.EXCEPTIONS_PDF.pathName());
        }
    }

    record Batch(String batchId, String sessionId, String mode, String createdBy, Instant createdAt, int employees,
            int transactions, int exceptions, int markedRevisions, String status, @Nullable String voidedBy,
            @Nullable Instant voidedAt, @Nullable String voidReason, Files files) {
        static Batch of(ExportBatch b) {
            return new Batch(b.batchId(), b.sessionId(), b.mode().name(), b.createdBy(), b.createdAt(), b.employees(),
                    b.transactions(), b.exceptions(), b.markedRevisions(), b.status().name(), b.voidedBy(),
                    b.voidedAt(), b.voidReason(), Files.of(b.batchId()));
        }
    }

    record Create(@Nullable String mode, @Nullable Boolean allowDuplicates) {
    }

    record Void(@Nullable String reason) {
    }

    private final ExportService exports;
    private final CurrentUser currentUser;

    ExportController(ExportService exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/sessions/{id}/export-preview")
    Preview preview(@PathVariable String id, @RequestParam(required = false) @Nullable String mode) {
        return Preview.of(exports.preview(currentUser.actor(), id, mode(mode)));
    }

    @PostMapping("/api/sessions/{id}/exports")
    @ResponseStatus(HttpStatus.CREATED)
    Batch create(@PathVariable String id, @RequestBody(required = false) @Nullable Create body) {
        Create request = body == null ? new Create(null, null) : body;
        return Batch.of(exports.export(currentUser.actor(), id, mode(request.mode()),
                Boolean.TRUE.equals(request.allowDuplicates())));
    }

    @GetMapping("/api/sessions/{id}/exports")
    List<Batch> history(@PathVariable String id) {
        return exports.history(currentUser.actor(), id).stream().map(Batch::of).toList();
    }

    @GetMapping("/api/exports/{batchId}/{file:pvault\\.zip|exceptions\\.csv|exceptions\\.pdf}")
    ResponseEntity<Resource> download(@PathVariable String batchId, @PathVariable String file) {
        ExportFile export = exports.file(currentUser.actor(), batchId, kind(file));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(export.fileName()))
                .contentType(MediaType.parseMediaType(export.contentType()))
                .body(new FileSystemResource(export.path()));
    }

    @PostMapping("/api/exports/{batchId}/void")
    Batch voidBatch(@PathVariable String batchId, @RequestBody(required = false) @Nullable Void body) {
        return Batch.of(exports.voidBatch(currentUser.actor(), batchId, body == null ? null : body.reason()));
    }

    @GetMapping("/api/sessions/{id}/{file:exceptions\\.csv|exceptions\\.pdf}")
    void openExceptions(@PathVariable String id, @PathVariable String file, HttpServletResponse response)
            throws IOException {
        Actor actor = currentUser.actor();
        ExportFileKind kind = kind(file);
        String fileName = exports.openExceptionsFileName(actor, id, kind);
        response.setContentType(kind.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
        exports.openExceptions(actor, id, kind, response.getOutputStream());
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }

    private static ExportFileKind kind(String file) {
        for (ExportFileKind kind : ExportFileKind.values()) {
            if (kind.pathName().equals(file)) {
                return kind;
            }
        }
        throw AppException.notFound("File " + file);
    }

    private static ExportMode mode(@Nullable String mode) {
        if (mode == null || mode.isBlank()) {
            return ExportMode.DELTA;
        }
        try {
            return ExportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AppException(ErrorCode.BAD_INPUT, "Unknown mode '" + mode + "'; use DELTA or ALL.",
                    Map.of("field", "mode"));
        }
    }
}
