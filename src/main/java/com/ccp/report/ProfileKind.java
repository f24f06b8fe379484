package com.ccp.report;

/** The two kinds of report a profile can describe (formats.md §7). */
public enum ProfileKind {
    CAR("Cardholder Activity Report (CAR)"),
    RECEIPTS("receipt report");

    private final String label;

    ProfileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
