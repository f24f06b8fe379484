package com.ccp.ingestion;

import com.ccp.base.AppException;
import com.ccp.base.AppProperties;
import com.ccp.base.ErrorCode;
import com.ccp.pdf.PdfBudget;
import com.ccp.pdf.PdfInspector;
import com.ccp.pdf.PdfProblem;
import com.ccp.profile.ProfileService;
import com.ccp.report.ProfileKind;
import com.ccp.report.ReportFormatException;
import com.ccp.report.ReportHeader;
import com.ccp.report.Wording;
import com.ccp.storage.ReportKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Refuses an upload before anything is stored (api.md's table): not a PDF, password-protected,
 * damaged, too many pages, or not the expected kind of report. Each message names the file.
 */
@Component
class UploadValidator {

    /** A file that passed: its page count, what its first page says, and the profile to read it with. */
    record ValidReport(UploadedFile file, ReportKind kind, int pageCount, ReportHeader header, Wording wording) {
    }

    private final PdfWorkers workers;
    private final AppProperties properties;
    private final ProfileService profiles;

    UploadValidator(PdfWorkers workers, AppProperties properties, ProfileService profiles) {
        this.workers = workers;
        this.properties = properties;
        this.profiles = profiles;
    }

    /**
     * Validates an upload and picks its profile: the named one ({@code profileId}), or the one whose
     * title is the file's first line.
     */
    ValidReport validate(ReportKind kind, UploadedFile file, String part, @Nullable String profileId) {
        ProfileKind profileKind = ProfileKind.valueOf(kind.name());
        Wording named = profileId == null || profileId.isBlank() ? null
                : profiles.named(profileKind, profileId.strip(), part);
        return validate(kind, file, part, named);
    }

    /** Validates an upload against the given profile, or against the one its title names when null. */
    ValidReport validate(ReportKind kind, UploadedFile file, String part, @Nullable Wording named) {
        ProfileKind profileKind = ProfileKind.valueOf(kind.name());
        PdfInspector.PdfInfo info = inspectBounded(kind, file, part);
        String firstPage = info.firstPageText();
        Wording wording;
        if (named != null) {
            if (!named.titleMatches(firstPage)) {
                throw refused(ErrorCode.WRONG_REPORT_KIND, kind, file, part, "its first line is not '"
                        + named.profile().title() + "', the title of the report format '" + named.profile().name()
                        + "' you chose; choose another format or 'Recognise automatically'");
            }
            wording = named;
        } else {
            try {
                wording = profiles.catalog().select(profileKind, firstPage);
            } catch (ReportFormatException e) {
                throw new AppException(ErrorCode.WRONG_REPORT_KIND, "The " + kind.label() + " "
                        + file.displayName() + " was refused. " + e.getMessage(), Map.of("file", part));
            }
        }
        Optional<ReportHeader> header = wording.header().read(firstPage);
        if (header.isEmpty()) {
            throw refused(ErrorCode.WRONG_REPORT_KIND, kind, file, part, "its first page starts with the title '"
                    + wording.profile().title() + "' but not with the company and the period ('"
                    + wording.profile().lines().get("period") + "') below it; check that you chose the right file");
        }
        return new ValidReport(file, kind, info.pageCount(), header.get(), wording);
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
