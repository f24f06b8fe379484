package com.ccp.processing;

/** Where a background read is: reading the pages, matching and checking, or writing the results. */
public enum ReadingPhase {
    EXTRACTING("Reading pages"),
    ANALYZING("Matching receipts and checking"),
    DONE("Finishing");

    private final String label;

    ReadingPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
