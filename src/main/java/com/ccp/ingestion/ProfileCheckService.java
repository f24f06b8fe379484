package com.ccp.ingestion;

import com.ccp.base.AppException;
import com.ccp.base.AppProperties;
import com.ccp.base.ErrorCode;
import com.ccp.pdf.ParallelTextExtractor;
import com.ccp.pdf.PdfProblem;
import com.ccp.profile.ProfileService;
import com.ccp.report.CarParser;
import com.ccp.report.CarReport;
import com.ccp.report.CarTransaction;
import com.ccp.report.CarWording;
import com.ccp.report.Cardholder;
import com.ccp.report.ParseWarning;
import com.ccp.report.ReceiptEmployee;
import com.ccp.report.ReceiptParser;
import com.ccp.report.ReceiptReport;
import com.ccp.report.ReceiptWording;
import com.ccp.report.ReportFormatException;
import com.ccp.report.ReportProfile;
import com.ccp.report.Wording;
import com.ccp.security.Actor;
import com.ccp.security.PermittedWhileImpersonating;
import com.ccp.storage.ReportKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * "Check against a PDF": reads a sample report with a profile that need not be stored yet, and
 * shows what it read. The file is validated like an upload, so its own problems get the upload codes.
 */
@Service
public class ProfileCheckService {

    private static final int FIRST_RECORDS = 5;

    private final ProfileService profiles;
    private final UploadValidator validator;
    private final PdfWorkers workers;
    private final AppProperties properties;

    ProfileCheckService(ProfileService profiles, UploadValidator validator, PdfWorkers workers,
            AppProperties properties) {
        this.profiles = profiles;
        this.validator = validator;
        this.workers = workers;
        this.properties = properties;
    }

    @PermittedWhileImpersonating("stores nothing; admin only, and an admin is never impersonated")
    public ProfileCheck check(Actor actor, String document, UploadedFile file) {
        if (!actor.isAdmin()) {
            throw new AppException(ErrorCode.FORBIDDEN, "Only an admin may check report profiles.");
        }
        ReportProfile profile = profiles.parse(document);
        Wording wording = profile.compile();
        ReportKind kind = ReportKind.valueOf(profile.kind().name());
        UploadValidator.ValidReport valid = validator.validate(kind, file, "file", wording);
        List<String> texts = texts(valid);
        try {
            return wording instanceof CarWording car ? car(valid, CarParser.parse(car, texts))
                    : receipts(valid, ReceiptParser.parse((ReceiptWording) wording, texts));
        } catch (ReportFormatException e) {
            throw new AppException(ErrorCode.WRONG_REPORT_KIND, "The profile cannot read " + file.displayName()
                    + ": " + e.getMessage(), Map.of("file", "file"));
        }
    }

    private List<String> texts(UploadValidator.ValidReport valid) {
        try {
            return ParallelTextExtractor.extract(
                    List.of(new ParallelTextExtractor.Source(valid.file().path().toFile(), valid.pageCount())),
                    workers.pool(), workers.threads(), properties.parseTimeout(), new ParallelTextExtractor.Listener() {
                        @Override
                        public void pageDone(int source, String text) {
                        }

                        @Override
                        public boolean stopRequested() {
                            return false;
                        }
                    }).get(0);
        } catch (PdfProblem e) {
            throw new AppException(ErrorCode.DAMAGED_PDF, "The file " + valid.file().displayName()
                    + " could not be read: " + e.getMessage(), Map.of("file", "file"));
        } catch (TimeoutException e) {
            throw new AppException(ErrorCode.DAMAGED_PDF, "The file " + valid.file().displayName()
                    + " could not be read within " + properties.parseTimeout().toSeconds() + " seconds.",
                    Map.of("file", "file"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException(ErrorCode.DAMAGED_PDF, "Reading was interrupted.", Map.of("file", "file"));
        }
    }

    private static ProfileCheck car(UploadValidator.ValidReport valid, CarReport report) {
        BigDecimal total = report.cardholders().stream().map(Cardholder::total).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        int records = report.cardholders().stream().mapToInt(c -> c.transactions().size()).sum();
        boolean sectionsAgree = report.cardholders().stream().allMatch(c -> agrees(c.printedTotal(), c.total())
                && Objects.equals(c.printedCount(), c.transactions().size()));
        boolean reportAgrees = agrees(report.printedReportTotal(), total)
                && (report.printedCardholders() == null || report.printedCardholders() == report.cardholders().size())
                && (report.printedTransactions() == null || report.printedTransactions() == records);
        List<Map<String, Object>> first = new ArrayList<>();
        for (Cardholder c : report.cardholders()) {
            for (CarTransaction t : c.transactions()) {
                if (first.size() < FIRST_RECORDS) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("employeeId", c.employeeId());
                    record.put("name", c.name());
                    record.put("cardLast4", c.cardLast4());
                    record.put("transDate", t.transDate().toString());
                    record.put("postDate", t.postDate().toString());
                    record.put("reference", t.reference());
                    record.put("merchant", t.merchant());
                    record.put("amount", t.amount().toPlainString());
                    record.put("coded", t.coded());
                    record.put("page", t.page());
                    first.add(record);
                }
            }
        }
        return new ProfileCheck("CAR", report.period().key(), report.company(), report.pageCount(),
                report.cardholders().size(), records, total, report.printedReportTotal(),
                sectionsAgree && reportAgrees, warnings(report.warnings()), first);
    }

    private static ProfileCheck receipts(UploadValidator.ValidReport valid, ReceiptReport report) {
        BigDecimal total = report.employees().stream().map(ReceiptEmployee::total).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        int records = report.employees().stream().mapToInt(e -> e.receipts().size()).sum();
        BigDecimal printed = report.employees().stream().map(ReceiptEmployee::printedTotal).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean agree = report.employees().stream().allMatch(e -> agrees(e.printedTotal(), e.total())
                && Objects.equals(e.printedCount(), e.receipts().size()));
        List<Map<String, Object>> first = new ArrayList<>();
        for (ReceiptEmployee e : report.employees()) {
            for (var r : e.receipts()) {
                if (first.size() < FIRST_RECORDS) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("employeeId", e.employeeId());
                    record.put("name", e.name());
                    record.put("receiptId", r.receiptId());
                    record.put("date", r.date().toString());
                    record.put("merchant", r.merchant());
                    record.put("amount", r.amount().toPlainString());
                    record.put("attachment", r.attachment());
                    record.put("page", r.page());
                    first.add(record);
                }
            }
        }
        return new ProfileCheck("RECEIPTS", report.period().key(), report.company(), report.pageCount(),
                report.employees().size(), records, total, printed, agree, warnings(report.warnings()), first);
    }

    private static boolean agrees(@Nullable BigDecimal printed, BigDecimal read) {
        return printed != null && printed.compareTo(read) == 0;
    }

    private static List<ProfileCheck.Warning> warnings(List<ParseWarning> warnings) {
        return warnings.stream().map(w -> new ProfileCheck.Warning(w.page(), w.message())).toList();
    }
}
