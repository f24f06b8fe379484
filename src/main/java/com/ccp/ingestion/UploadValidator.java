package com.ccp.ingestion;

import com.ccp.storage.FileStore;
import com.ccp.storage.ReportKind;
import com.ccp.storage.SessionFiles;
import com.ccp.base.AppException;
import com.ccp.base.AppProperties;
import com.ccp.base.ErrorCode;
import com.ccp.pdf.PdfBudget;
import com.ccp.pdf.PdfInspector;
import com.ccp.pdf.PdfProblem;
import com.ccp.report.CarParser;
import com.ccp.report.ReceiptParser;
import com.ccp.report.ReportHeader;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Refuses an upload before anything is stored (api.md's table): not a PDF, password-protected,
 * damaged, too many pages, or not the expected kind of report. Each message names the file.
 */
@Component
class UploadValidator {

    /** A file that passed: its page count and what its first page says. */
    record ValidReport(UploadedFile file, ReportKind kind, int pageCount, ReportHeader header) {
    }

    private final PdfWorkers workers;
    private final AppProperties properties;

    UploadValidator(PdfWorkers workers, AppProperties properties) {
        this.workers = workers;
        this.properties = properties;
    }

    ValidReport validate(ReportKind kind, UploadedFile file, String part) {
        PdfInspector.PdfInfo info = inspectBounded(kind, file, part);
        Optional<ReportHeader> header = kind == ReportKind.CAR
                ? CarParser.readHeader(info.firstPageText())
                : ReceiptParser.readHeader(info.firstPageText());
        if (header.isEmpty()) {
            String what = info.firstPageText().isBlank() ? "its first page has no text (a scan or an image?)"
                    : "its first page is not the header of a " + kind.label() + " ('" + kind.title() + "')";
            throw refused(ErrorCode.WRONG_REPORT_KIND, kind, file, part, what
                    + "; check that you chose the right file for this field");
        }
        return new ValidReport(file, kind, info.pageCount(), header.get());
    }

    private PdfInspector.PdfInfo inspectBounded(ReportKind kind, UploadedFile file, String part) {
        // the budget stops the work itself (PDFBox ignores the interrupt of cancel); the wait gives it
        // a moment past the deadline to say which page ran out of time
        long deadline = System.nanoTime() + properties.parseTimeout().toNanos();
        Future<PdfInspector.PdfInfo> future = workers.pool().submit(() -> PdfInspector.inspect(file.path().toFile(),
                properties.maxPages(), PdfBudget.until(deadline, properties.parseTimeout())));
        try {
            return future.get(properties.parseTimeout().toSeconds() + 2, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PdfProblem problem) {
                throw refused(codeOf(problem.kind()), kind, file, part, problem.getMessage());
            }
            throw refused(ErrorCode.DAMAGED_PDF, kind, file, part, "it is damaged and cannot be read");
        } catch (TimeoutException e) {
            future.cancel(true);
            throw refused(ErrorCode.DAMAGED_PDF, kind, file, part, "it could not be opened within "
                    + properties.parseTimeout().toSeconds() + " seconds");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(ErrorCode.DAMAGED_PDF, kind, file, part, "reading it was interrupted");
        }
    }

    static AppException refused(ErrorCode code, ReportKind kind, UploadedFile file, String part, String reason) {
        return new AppException(code, "The " + kind.label() + " " + file.displayName() + " was refused: " + reason + ".",
                Map.of("file", part));
    }

    private static ErrorCode codeOf(PdfProblem.Kind kind) {
        return switch (kind) {
            case NOT_A_PDF -> ErrorCode.NOT_A_PDF;
            case ENCRYPTED -> ErrorCode.ENCRYPTED_PDF;
            case DAMAGED -> ErrorCode.DAMAGED_PDF;
            case TOO_MANY_PAGES -> ErrorCode.TOO_MANY_PAGES;
        };
    }
}
