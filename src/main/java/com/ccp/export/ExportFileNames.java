package com.ccp.export;

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

    /** {@code <employeeId>_<LAST>_<period>.pdf}. */
    static String employeeDocument(String employeeId, String name, String period) {
        String id = employeeId.replaceAll("[^A-Za-z0-9-]", "");
        return id + "_" + lastName(name) + "_" + period + ".pdf";
    }

    /**
     * The last name folded to A–Z and 0–9: the part before the comma of a CAR name
     * ({@code "O'BRIEN, MARY K"} → {@code OBRIEN}), the last word of a receipt-report name
     * ({@code "José Nuñez"} → {@code NUNEZ}).
     */
    static String lastName(String name) {
        int comma = name.indexOf(',');
        String last = comma >= 0 ? name.substring(0, comma) : lastWord(name);
        String folded = Normalizer.normalize(last, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return folded.isEmpty() ? "UNKNOWN" : folded;
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
