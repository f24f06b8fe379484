package com.ccp.audit;

import java.util.Locale;

/** What the activity log records: each action a user (or support, or an admin) took or was refused. */
public enum AuditAction {
    CREATE_SESSION("Created a session"),
    UPLOAD_RECEIPTS("Uploaded late receipts"),
    PAUSE("Paused reading"),
    RESUME("Resumed reading"),
    CANCEL("Cancelled reading"),
    REPROCESS("Reprocessed receipts"),
    APPLY("Applied late receipts"),
    DISCARD("Discarded late receipts"),
    CLOSE("Closed a session"),
    DELETE("Deleted a session"),
    RESOLVE_ISSUE("Resolved an issue"),
    RESOLVE_ALL("Resolved all issues of an employee"),
    REOPEN_ISSUE("Reopened an issue"),
    LINK("Linked transactions and receipts"),
    UNLINK("Removed a link"),
    LINK_DROPPED("Dropped a link (its items are gone)"),
    DISMISS_HINT("Dismissed a hint"),
    EXPORT("Exported to pVault"),
    VOID_EXPORT("Voided an export batch"),
    BULK_DELETE("Bulk cleanup"),
    CLEAN_ORPHANS("Cleaned orphaned files"),
    LEGACY_IMPORT("Imported a legacy activity file"),
    PROFILE_CREATE("Created a report profile"),
    PROFILE_UPDATE("Changed a report profile"),
    PROFILE_DELETE("Deleted a report profile"),
    IMPERSONATE_START("Started viewing as a user"),
    IMPERSONATE_END("Stopped viewing as a user"),
    IMPERSONATE_LIST("Listed users to view as");

    private final String words;

    AuditAction(String words) {
        this.words = words;
    }

    /** The action in words, as the activity log shows it. */
    public String words() {
        return words;
    }

    /** The words of a stored action code; an unknown code (from an older version) in plain words. */
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
