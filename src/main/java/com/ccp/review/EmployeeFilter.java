package com.ccp.review;

import org.jspecify.annotations.Nullable;

/** Filters of the employee list: a flag, and READY / EXCEPTION; null means all. */
public record EmployeeFilter(@Nullable String flag, @Nullable Status status) {

    public enum Status { READY, EXCEPTION }

    public static EmployeeFilter all() {
        return new EmployeeFilter(null, null);
    }
}
