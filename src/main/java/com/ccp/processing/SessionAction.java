package com.ccp.processing;

/** The user actions of product.md's action table, plus the system's own transitions. */
public enum SessionAction {
    PAUSE("pause"),
    RESUME("resume"),
    CANCEL("cancel"),
    REPROCESS("reprocess receipts"),
    RESOLVE_ISSUE("resolve an issue"),
    EXPORT("export"),
    APPLY("apply the comparison"),
    DISCARD("discard the comparison"),
    CLOSE("close"),
    DELETE("delete");

    private final String label;

    SessionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
