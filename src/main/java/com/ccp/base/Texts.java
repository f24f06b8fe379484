package com.ccp.base;

/** Text that goes into a bounded column. */
public final class Texts {

    /** The schema's limit for what a person writes: notes, reasons, activity details (VARCHAR(2000)). */
    public static final int NOTE = 2000;
    /** The schema's limit for what the app words: issue and hint details, reading notes, criteria (VARCHAR(1000)). */
    public static final int DETAIL = 1000;

    private Texts() {
    }

    /**
     * Refuses a text a user typed that is longer than its column, naming the field and the limit
     * (never cut silently).
     */
    public static void requireWithin(@org.jspecify.annotations.Nullable String text, int max, String field) {
        if (text != null && text.strip().length() > max) {
            throw new AppException(ErrorCode.BAD_INPUT, "The " + field + " is " + text.strip().length()
                    + " characters long; the limit is " + max + ".", java.util.Map.of("field", field, "limit", max));
        }
    }

    /** The text, cut to {@code max} characters with an ellipsis when longer. */
    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** "1 file", "2 files": a count with its noun (plural by a trailing s). */
    public static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
