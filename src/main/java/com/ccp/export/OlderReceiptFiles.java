package com.ccp.export;

import com.ccp.employee.ExportCandidate;
import com.ccp.employee.ExportView.ReceiptPages;
import com.ccp.pdf.export.PageSpan;
import com.ccp.report.BuiltInProfiles;
import com.ccp.report.Receipt;
import com.ccp.report.ReceiptWording;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A session's receipt files, each read again once, when an exported employee's pages first come
 * from it: for the lines every section owns (to cut shared pages), and for an older file than the
 * newest, which of its pages still go out (see {@link OlderReceiptPages}).
 */
final class OlderReceiptFiles {

    private final int newestVersion;
    /** Receipt IDs by employee ref and by the newest file version that holds them. */
    private final Map<String, Map<Integer, Set<String>>> receiptIds;
    private final Map<String, String> employeeOfReceipt = new HashMap<>();
    private final Map<Integer, OlderReceiptPages> read = new HashMap<>();
    private final Map<Integer, SectionLines> lines = new HashMap<>();

    /** The profile each receipt file version was read with. */
    private final Map<Integer, ReceiptWording> wordings;

    OlderReceiptFiles(int newestVersion, Map<String, Map<Integer, Set<String>>> receiptIds,
            Map<Integer, ReceiptWording> wordings) {
        this.newestVersion = newestVersion;
        this.receiptIds = receiptIds;
        this.wordings = wordings;
        receiptIds.forEach((ref, byVersion) -> byVersion.values()
                .forEach(ids -> ids.forEach(id -> employeeOfReceipt.put(id, ref))));
    }

    /** The pages of {@code file} (receipt file version {@code range.version()}) that go into the employee's document. */
    List<PageSpan> spans(ExportCandidate employee, ReceiptPages range, Path file) throws IOException {
        if (range.version() >= newestVersion) {
            return List.of(new PageSpan(file, range.firstPage(), range.lastPage()));
        }
        Set<String> kept = receiptIds.getOrDefault(employee.ref(), Map.of()).getOrDefault(range.version(), Set.of());
        return file(range.version(), file).spans(employee.employeeId(), range, kept);
    }

    /** Who owns which lines of receipt file version {@code version}; owners are employee refs. */
    SectionLines lines(int version, Path file) throws IOException {
        SectionLines known = lines.get(version);
        if (known == null) {
            known = file(version, file).lines(employeeOfReceipt);
            lines.put(version, known);
        }
        return known;
    }

    private OlderReceiptPages file(int version, Path file) throws IOException {
        OlderReceiptPages older = read.get(version);
        if (older == null) {
            older = OlderReceiptPages.read(file, wordings.getOrDefault(version, BuiltInProfiles.receipts()));
            read.put(version, older);
        }
        return older;
    }
}
