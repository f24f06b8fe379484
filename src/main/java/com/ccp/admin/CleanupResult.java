package com.ccp.admin;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk cleanup matched and deleted (nothing in a preview): the matched session ids, oldest
 * first, and what each session was.
 */
public record CleanupResult(int matched, int deleted, List<String> sessions, List<Match> matches) {

    public CleanupResult {
        sessions = List.copyOf(sessions);
        matches = List.copyOf(matches);
    }

    /** A matched session as the preview shows it. */
    public record Match(String id, String name, @Nullable String period, String owner, String status,
            Instant createdAt, @Nullable Instant closedAt, Instant updatedAt) {
    }

    static CleanupResult of(List<Match> matches, boolean deleted) {
        return new CleanupResult(matches.size(), deleted ? matches.size() : 0, matches.stream().map(Match::id).toList(),
                matches);
    }

    /** The confirmation an admin types to delete what this preview matched. */
    public String confirmation() {
        return CleanupService.confirmationFor(matched);
    }
}
