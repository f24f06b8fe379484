package com.ccp.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A statement period as printed on both reports, e.g. 03/01/2025 - 03/31/2025. */
public record StatementPeriod(LocalDate start, LocalDate end) {

    public StatementPeriod {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " - " + end);
        }
    }

    /** The month the statement belongs to (the month of its end date). */
    public YearMonth month() {
        return YearMonth.from(end);
    }

    /** {@code YYYY-MM}, the form used in the API and in file names. */
    public String key() {
        return month().toString();
    }
}
