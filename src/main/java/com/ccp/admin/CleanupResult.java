package com.ccp.admin;

import java.util.List;

/** What a bulk cleanup matched and deleted (nothing in a preview), with the matched session ids. */
public record CleanupResult(int matched, int deleted, List<String> sessions) {

    public CleanupResult {
        sessions = List.copyOf(sessions);
    }

    /** The confirmation an admin types to delete what this preview matched. */
    public String confirmation() {
        return CleanupService.confirmationFor(matched);
    }
}
