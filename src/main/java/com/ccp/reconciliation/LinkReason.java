package com.ccp.reconciliation;

/** Why a clerk links a transaction and a receipt the rules left apart (formats.md §3, "Links a clerk makes"). */
public enum LinkReason {
    TIP("Tip"),
    FX_FEE("Foreign-exchange fee"),
    SPLIT_CHARGE("Split charge"),
    PARTIAL_REFUND("Partial refund"),
    OTHER("Other");

    private final String label;

    LinkReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
