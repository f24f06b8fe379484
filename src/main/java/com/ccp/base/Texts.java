package com.ccp.base;

/** Text that goes into a bounded column. */
public final class Texts {

    private Texts() {
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
