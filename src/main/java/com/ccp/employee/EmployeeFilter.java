package com.ccp.employee;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the employee list: a flag, READY / EXCEPTION (null means all), only those with hints,
 * and a search text matched against the Employee ID and the name (blank means any).
 */
public record EmployeeFilter(@Nullable String flag, @Nullable Status status, boolean hasHints,
        @Nullable String search) {

    public enum Status { READY, EXCEPTION }

    public EmployeeFilter(@Nullable String flag, @Nullable Status status, boolean hasHints) {
        this(flag, status, hasHints, null);
    }

    public EmployeeFilter(@Nullable String flag, @Nullable Status status) {
        this(flag, status, false);
    }

    public static EmployeeFilter all() {
        return new EmployeeFilter(null, null);
    }

    /** The search as a case-insensitive SQL LIKE pattern, or null when there is none. */
    @Nullable String searchPattern() {
        if (search == null || search.isBlank()) {
            return null;
        }
        String escaped = search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
