package com.ccp.export;

import com.ccp.export.ExportQueries.ReceiptPages;
import com.ccp.pdf.export.PageSpan;
import java.io.IOException;
import com.ccp.report.BuiltInProfiles;
import com.ccp.report.ReceiptWording;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A session's receipt files older than its newest one, each read again only when an exported
 * employee's pages come from it (see {@link OlderReceiptPages}); a session with one receipt file
 * reads nothing.
 */
final class OlderReceiptFiles {

    private final int newestVersion;
    /** Receipt IDs by employee ref and by the newest file version that holds them. */
    private final Map<String, Map<Integer, Set<String>>> receiptIds;
    private final Map<Integer, OlderReceiptPages> read = new HashMap<>();

    /** The profile each receipt file version was read with. */
    private final Map<Integer, ReceiptWording> wordings;

    OlderReceiptFiles(int newestVersion, Map<String, Map<Integer, Set<String>>> receiptIds,
            Map<Integer, ReceiptWording> wordings) {
        this.newestVersion = newestVersion;
        this.receiptIds = receiptIds;
        this.wordings = wordings;
    }

    /** The pages of {@code file} (receipt file version {@code range.version()}) that go into the employee's document. */
    List<PageSpan> spans(ExportCandidate employee, ReceiptPages range, Path file) throws IOException {
        if (range.version() >= newestVersion) {
            return List.of(new PageSpan(file, range.firstPage(), range.lastPage()));
        }
        OlderReceiptPages older = read.get(range.version());
        if (older == null) {
            older = OlderReceiptPages.read(file, wordings.getOrDefault(range.version(), BuiltInProfiles.receipts()));
            read.put(range.version(), older);
        }
        Set<String> kept = receiptIds.getOrDefault(employee.ref(), Map.of()).getOrDefault(range.version(), Set.of());
        return older.spans(employee.employeeId(), range, kept);
    }
}
