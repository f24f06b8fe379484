package com.ccp.processing;

import com.ccp.audit.AuditAction;

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

    /** How the activity log names this action. */
    public AuditAction audit() {
        return AuditAction.valueOf(name());
    }
}
