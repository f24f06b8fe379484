package com.ccp.export;

import com.ccp.employee.EmployeeCover;
import com.ccp.employee.ExportCandidate;
import com.ccp.employee.ExportView.ReceiptPages;
import com.ccp.employee.ExportView;
import com.ccp.employee.IndexLine;
import com.ccp.pdf.export.PageCutter.Bookmark;
import com.ccp.pdf.export.PageCutter.CutPage;
import com.ccp.pdf.export.PageCutter;
import com.ccp.pdf.export.PageSpan;
import com.ccp.report.NameOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the pVault package of formats.md §4 as it goes: one employee at a time, their PDF cut
 * from the uploads straight into the ZIP and their index rows into a side file, so neither pages
 * nor rows pile up in memory; then {@code index.csv} and {@code manifest.json}.
 */
@Component
class PvaultPackage {

    static final String[] INDEX_HEADER = {"batch_id", "employee_id", "employee_name", "card_last4", "period",
            "transaction_date", "post_date", "reference", "merchant", "amount", "job", "phase", "cost_type",
            "gl_account", "description", "document"};
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().get();

    /** Where an employee's pages come from: the CAR and each receipt file version. */
    /** {@code names}: how the session's reports print names, which decides the last name of a file name. */
    record Sources(Path car, SectionLines carLines, Map<Integer, Path> receiptVersions,
            Map<String, List<ReceiptPages>> receiptPages, OlderReceiptFiles receiptFiles, Names names) {
    }

    /** The name order of the CAR, and of the newest receipt report (for an employee only it names). */
    record Names(NameOrder car, NameOrder receipts) {

        NameOrder of(ExportCandidate employee) {
            return employee.carFirstPage() != null ? car : receipts;
        }
    }

    /** An employee's document apart from its cover: the pages in order and the outline entries. */
    record Plan(List<CutPage> pages, List<Bookmark> bookmarks) {
    }

    record Result(int employees, int transactions) {
    }

    record ManifestFile(String name, String sha256, long bytes) {
    }

    record Counts(int employees, int transactions, int exceptions) {
    }

    record Manifest(String batchId, String sessionId, String sessionName, String period, String createdBy,
            String createdAt, String mode, Counts counts, List<ManifestFile> files) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExportView queries;

    PvaultPackage(ExportView queries) {
        this.queries = queries;
    }

    Result write(OutputStream target, Path scratch, BatchHeader batch, List<ExportCandidate> employees, Sources sources,
            int exceptions) throws IOException {
        FileTime time = FileTime.from(batch.createdAt());
        List<ManifestFile> files = new ArrayList<>();
        Path indexFile = scratch.resolve("index.csv");
        int transactions = 0;
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        try (PageCutter cutter = new PageCutter();
                Writer indexWriter = Files.newBufferedWriter(indexFile, StandardCharsets.UTF_8);
                CSVPrinter index = CSV.builder().setHeader(INDEX_HEADER).get().print(indexWriter)) {
            for (ExportCandidate employee : employees) {
                String document = ExportFileNames.employeeDocument(employee.employeeId(), employee.name(),
                        sources.names().of(employee), batch.period());
                transactions += writeIndexRows(index, batch, employee, document);
                zip.putNextEntry(entry(document, time));
                Sha256Out out = new Sha256Out(zip);
                EmployeeCover cover = queries.cover(employee.ref());
                Plan plan = plan(employee, sources, cover);
                cutter.write(employee.name() + " — " + batch.period(), report -> CoverPage.write(report, batch, employee,
                        cover), plan.pages(), plan.bookmarks(), out);
                zip.closeEntry();
                files.add(new ManifestFile(document, out.hex(), out.bytes()));
            }
        }
        files.add(copyEntry(zip, indexFile, time));
        Manifest manifest = new Manifest(batch.batchId(), batch.sessionId(), batch.sessionName(), batch.period(),
                batch.createdBy(), batch.createdAt().toString(), batch.mode().name(),
                new Counts(employees.size(), transactions, exceptions), files);
        zip.putNextEntry(entry("manifest.json", time));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        Files.delete(indexFile);
        return new Result(employees.size(), transactions);
    }

    private int writeIndexRows(CSVPrinter index, BatchHeader batch, ExportCandidate employee, String document)
            throws IOException {
        List<IndexLine> lines = queries.transactions(employee.ref());
        for (IndexLine line : lines) {
            index.printRecord(batch.batchId(), employee.employeeId(), employee.name(), employee.cardLast4(),
                    batch.period(), line.transDate(), line.postDate(), line.reference(), line.merchant(),
                    line.amount().toPlainString(), line.job(), line.phase(), line.costType(), line.glAccount(),
                    line.description(), document);
        }
        return lines.size();
    }

    /**
     * The employee's CAR pages, then for each receipt file version holding their receipts its
     * pages, each shared page cut down to their part; bookmarks for the CAR pages and for each
     * receipt at the page that lists it.
     */
    static Plan plan(ExportCandidate employee, Sources sources, EmployeeCover cover) throws IOException {
        List<CutPage> pages = new ArrayList<>();
        List<Bookmark> bookmarks = new ArrayList<>();
        if (employee.carFirstPage() != null && employee.carLastPage() != null) {
            bookmarks.add(new Bookmark("CAR pages " + employee.carFirstPage() + (employee.carLastPage()
                    .equals(employee.carFirstPage()) ? "" : "–" + employee.carLastPage()), 0));
            for (int page = employee.carFirstPage(); page <= employee.carLastPage(); page++) {
                pages.add(new CutPage(sources.car(), page, sources.carLines().choice(employee.employeeId(), page)));
            }
        }
        Map<String, Integer> receiptPageIndex = new HashMap<>();
        for (ReceiptPages range : sources.receiptPages().getOrDefault(employee.ref(), List.of())) {
            Path file = sources.receiptVersions().get(range.version());
            if (file == null) {
                throw new IllegalStateException("Receipt file version " + range.version() + " of employee "
                        + employee.employeeId() + " is not stored");
            }
            SectionLines lines = sources.receiptFiles().lines(range.version(), file);
            for (PageSpan span : sources.receiptFiles().spans(employee, range, file)) {
                for (int page = span.first(); page <= span.last(); page++) {
                    receiptPageIndex.put(range.version() + ":" + page, pages.size());
                    pages.add(new CutPage(file, page, lines.choice(employee.ref(), page)));
                }
            }
        }
        for (EmployeeCover.Receipt receipt : cover.receipts()) {
            Integer at = receiptPageIndex.get(receipt.fileVersion() + ":" + receipt.page());
            if (at != null) {
                bookmarks.add(new Bookmark(receipt.receiptId(), at));
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("Employee " + employee.employeeId() + " has no pages to export");
        }
        return new Plan(pages, bookmarks);
    }

    private static ManifestFile copyEntry(ZipOutputStream zip, Path file, FileTime time) throws IOException {
        zip.putNextEntry(entry(file.getFileName().toString(), time));
        Sha256Out out = new Sha256Out(zip);
        Files.copy(file, out);
        zip.closeEntry();
        return new ManifestFile(file.getFileName().toString(), out.hex(), out.bytes());
    }

    private static ZipEntry entry(String name, FileTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        return entry;
    }
}
