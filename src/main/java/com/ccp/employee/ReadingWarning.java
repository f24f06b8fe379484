package com.ccp.employee;

/** What the parsers and the matcher could not place or want the user to know, by file and page. */
public record ReadingWarning(String source, int page, String message) {

    public static final String CAR = "CAR";
    public static final String RECEIPTS = "RECEIPTS";
    public static final String MATCHING = "MATCHING";
    public static final String LEGACY = "LEGACY";
    /** A late receipt report's notes are kept apart per version: "RECEIPTS v2". */
    public static final String LATE_RECEIPTS = RECEIPTS + " v";

    public static String lateReceipts(int version) {
        return LATE_RECEIPTS + version;
    }
}
