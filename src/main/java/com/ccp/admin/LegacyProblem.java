package com.ccp.admin;

import org.jspecify.annotations.Nullable;

/**
 * One bad value of a legacy {@code activity.json}: the employee key, the record (its {@code rec_id}, or
 * {@code <batch>/<index>} without one; null for the employee's own fields), the field, the value as
 * written and what is wrong with it.
 */
public record LegacyProblem(String employee, @Nullable String record, String field, @Nullable String value,
        String message) {

    public String describe() {
        return employee + (record == null ? "" : ", record " + record) + ": " + field + " "
                + (value == null ? "" : "'" + value + "' ") + message;
    }
}
