package com.ccp.admin;

import com.ccp.audit.ActivityEntry;
import org.jspecify.annotations.Nullable;

/**
 * An activity log entry as an admin reads it: the action in words, the session's name (null when
 * the session is gone) and, for an entry about an issue or an employee, whom it concerns
 * ("004512 SMITH, JOHN").
 */
public record ActivityLine(ActivityEntry entry, String action, @Nullable String sessionName,
        @Nullable String employee) {
}
