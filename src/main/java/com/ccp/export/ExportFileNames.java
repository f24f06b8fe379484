package com.ccp.export;

import com.ccp.report.NameOrder;
import java.text.Normalizer;
import java.util.Locale;

/** The file names of formats.md §4–5. */
final class ExportFileNames {

    private ExportFileNames() {
    }

    static String pvault(String period, String batchId) {
        return "pvault_" + period + "_" + batchId + ".zip";
    }

    static String exceptionsCsv(String period, String batchId) {
        return "exceptions_" + period + "_" + batchId + ".csv";
    }

    static String exceptionsPdf(String period, String batchId) {
        return "exceptions_" + period + "_" + batchId + ".pdf";
    }

    /** {@code <employeeId>_<LAST>_<period>.pdf}, the last name as the report's name order has it (formats.md §7). */
    static String employeeDocument(String employeeId, String name, NameOrder order, String period) {
        String id = employeeId.replaceAll("[^A-Za-z0-9-]", "");
        return id + "_" + fold(order.lastName(name)) + "_" + period + ".pdf";
    }

    /** Accents folded to ASCII, everything but A–Z and 0–9 dropped. */
    private static String fold(String last) {
        String folded = Normalizer.normalize(last, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return folded.isEmpty() ? "UNKNOWN" : folded;
    }
}
