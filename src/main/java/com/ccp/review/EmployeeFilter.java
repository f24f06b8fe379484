package com.ccp.review;

import org.jspecify.annotations.Nullable;

/** Filters of the employee list: a flag, READY / EXCEPTION (null means all), and only those with hints. */
public record EmployeeFilter(@Nullable String flag, @Nullable Status status, boolean hasHints) {

    public enum Status { READY, EXCEPTION }

    public EmployeeFilter(@Nullable String flag, @Nullable Status status) {
        this(flag, status, false);
    }

    public static EmployeeFilter all() {
        return new EmployeeFilter(null, null);
    }
}
