package com.ccp.review.ui;

import com.ccp.employee.ReadingWarning;

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
        if (source.equals(ReadingWarning.CAR)) {
            return "Cardholder activity report";
        }
        if (source.equals(ReadingWarning.RECEIPTS)) {
            return "Receipt report";
        }
        if (source.startsWith(ReadingWarning.LATE_RECEIPTS)) {
            return "Late receipt report (version " + source.substring(ReadingWarning.LATE_RECEIPTS.length()) + ")";
        }
        if (source.equals(ReadingWarning.MATCHING)) {
            return "Matching receipts to charges";
        }
        if (source.equals(ReadingWarning.LEGACY)) {
            return "Legacy import";
        }
        return source.charAt(0) + source.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
