package com.ccp.admin;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.processing.SessionStatus;
import com.ccp.security.UserNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which sessions a bulk cleanup deletes. The given criteria all apply (AND), except the two ages,
 * which add up (closed older than N days OR failed older than M days). At least a status or an
 * age is required, so an empty request never means "everything".
 *
 * @param statuses sessions in one of these states (empty: any state)
 * @param closedOlderThanDays CLOSED sessions closed at least this many days ago
 * @param failedOlderThanDays FAILED sessions that failed (last changed) at least this many days ago
 * @param owner sessions of this user only (normalised, lower case)
 */
public record CleanupCriteria(Set<SessionStatus> statuses, @Nullable Integer closedOlderThanDays,
        @Nullable Integer failedOlderThanDays, @Nullable String owner) {

    public CleanupCriteria {
        statuses = Set.copyOf(statuses);
        owner = owner == null || owner.isBlank() ? null : UserNames.normalise(owner);
        requireDays(closedOlderThanDays, "closedOlderThanDays");
        requireDays(failedOlderThanDays, "failedOlderThanDays");
        if (statuses.isEmpty() && closedOlderThanDays == null && failedOlderThanDays == null) {
            throw new AppException(ErrorCode.BAD_INPUT, "Name at least one criterion (status, closedOlderThanDays "
                    + "or failedOlderThanDays); bulk cleanup never deletes everything.", Map.of("field", "status"));
        }
    }

    private static void requireDays(@Nullable Integer days, String field) {
        if (days != null && (days < 0 || days > 36_500)) {
            throw new AppException(ErrorCode.BAD_INPUT, field + " must be a number of days between 0 and 36500.",
                    Map.of("field", field));
        }
    }

    /** For the audit: the criteria in words. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!statuses.isEmpty()) {
            parts.add("status in " + statuses.stream().map(Enum::name).sorted().toList());
        }
        List<String> ages = new ArrayList<>();
        if (closedOlderThanDays != null) {
            ages.add("closed more than " + closedOlderThanDays + " days ago");
        }
        if (failedOlderThanDays != null) {
            ages.add("failed more than " + failedOlderThanDays + " days ago");
        }
        if (!ages.isEmpty()) {
            parts.add(String.join(" or ", ages));
        }
        if (owner != null) {
            parts.add("owner " + owner);
        }
        return String.join("; ", parts);
    }
}
