package com.ccp.review.ui;

import com.ccp.employee.ReadingWarning;
import com.ccp.review.EmployeeService;

/** A reading note in words: which file (or step) and page, then the message. */
final class ReadingNotes {

    private ReadingNotes() {
    }

    static String text(ReadingWarning warning) {
        String where = where(warning.source());
        return warning.page() > 0 ? where + ", page " + warning.page() + ": " + warning.message()
                : where + ": " + warning.message();
    }

    private static String where(String source) {
        if (source.equals("CAR")) {
            return "Cardholder activity report";
        }
        if (source.equals("RECEIPTS")) {
            return "Receipt report";
        }
        if (source.startsWith("RECEIPTS v")) {
            return "Late receipt report (version " + source.substring("RECEIPTS v".length()) + ")";
        }
        if (source.equals("MATCHING")) {
            return "Matching receipts to charges";
        }
        if (source.equals("LEGACY")) {
            return "Legacy import";
        }
        return source.charAt(0) + source.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
