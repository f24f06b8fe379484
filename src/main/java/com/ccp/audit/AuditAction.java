package com.ccp.audit;

import java.util.Locale;

/** What the activity log records: each action a user (or support, or an admin) took or was refused. */
public enum AuditAction {
    CREATE_SESSION("Session created"),
    UPLOAD_RECEIPTS("Late receipts uploaded"),
    PAUSE("Reading paused"),
    RESUME("Reading resumed"),
    CANCEL("Cancelled"),
    REPROCESS("Receipts read again"),
    APPLY("Comparison applied"),
    DISCARD("Comparison discarded"),
    CLOSE("Closed permanently"),
    DELETE("Session deleted"),
    RESOLVE_ISSUE("Issue resolved"),
    RESOLVE_ALL("All open issues resolved"),
    REOPEN_ISSUE("Issue reopened"),
    LINK("Charge and receipt linked"),
    UNLINK("Link removed"),
    LINK_DROPPED("Link dropped (an item is gone)"),
    DISMISS_HINT("Hint dismissed"),
    EXPORT("Exported to pVault"),
    VOID_EXPORT("Export batch voided"),
    BULK_DELETE("Sessions deleted by cleanup"),
    CLEAN_ORPHANS("Orphaned files cleaned"),
    LEGACY_IMPORT("Imported from the old tool"),
    PROFILE_CREATE("Report profile created"),
    PROFILE_UPDATE("Report profile changed"),
    PROFILE_DELETE("Report profile deleted"),
    IMPERSONATE_START("Started viewing as a user"),
    IMPERSONATE_END("Stopped viewing as a user"),
    IMPERSONATE_LIST("Users to view as listed");

    private final String words;

    AuditAction(String words) {
        this.words = words;
    }

    /** The action in words, as the activity log shows it. */
    public String words() {
        return words;
    }

    /** The words of a stored action code; any other in plain words ({@code SOME_NEW_THING}: "Some new thing"). */
    public static String wordsOf(String code) {
        for (AuditAction action : values()) {
            if (action.name().equals(code)) {
                return action.words;
            }
        }
        String plain = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return plain.isEmpty() ? plain : Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }
}
