package com.ccp.admin;

import java.util.Locale;
import java.util.Map;

/** An activity log action in words for the admin: {@code VOID_EXPORT} reads "Export batch voided". */
public final class ActionWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("CREATE_SESSION", "Session created"),
            Map.entry("UPLOAD_RECEIPTS", "Late receipts uploaded"),
            Map.entry("PAUSE", "Reading paused"),
            Map.entry("RESUME", "Reading resumed"),
            Map.entry("CANCEL", "Cancelled"),
            Map.entry("REPROCESS", "Receipts read again"),
            Map.entry("APPLY", "Comparison applied"),
            Map.entry("DISCARD", "Comparison discarded"),
            Map.entry("CLOSE", "Closed permanently"),
            Map.entry("DELETE", "Session deleted"),
            Map.entry("BULK_DELETE", "Sessions deleted by cleanup"),
            Map.entry("EXPORT", "Exported to pVault"),
            Map.entry("VOID_EXPORT", "Export batch voided"),
            Map.entry("RESOLVE_ISSUE", "Issue resolved"),
            Map.entry("RESOLVE_ALL", "All open issues resolved"),
            Map.entry("REOPEN_ISSUE", "Issue reopened"),
            Map.entry("LINK", "Charge and receipt linked"),
            Map.entry("UNLINK", "Link removed"),
            Map.entry("LINK_DROPPED", "Link dropped (an item is gone)"),
            Map.entry("DISMISS_HINT", "Hint dismissed"),
            Map.entry("CLEAN_ORPHANS", "Orphaned files cleaned"),
            Map.entry("LEGACY_IMPORT", "Imported from the old tool"),
            Map.entry("IMPERSONATE_START", "Started viewing as a user"),
            Map.entry("IMPERSONATE_END", "Stopped viewing as a user"),
            Map.entry("PROFILE_CREATE", "Report profile created"),
            Map.entry("PROFILE_UPDATE", "Report profile changed"),
            Map.entry("PROFILE_DELETE", "Report profile deleted"));

    private ActionWords() {
    }

    /** The known actions by name; any other in plain words ({@code SOME_NEW_THING} reads "Some new thing"). */
    public static String of(String code) {
        String known = WORDS.get(code);
        if (known != null) {
            return known;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
