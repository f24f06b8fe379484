package com.ccp.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's numbers: sessions by status (every status, zeros included), employees, open
 * issues, export batches, bytes on disk and in the database, background jobs, sessions and exports
 * per month, and the app's health.
 */
public record AdminStats(Map<String, Integer> sessionsByStatus, int employees, int openIssues, int exports,
        long uploadBytes, long exportBytes, long databaseBytes, Jobs jobs, List<Month> months, Health health) {

    public AdminStats {
        sessionsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(sessionsByStatus)); // keeps the states' order
        months = List.copyOf(months);
    }

    /** Sessions whose reading is running now, and sessions that ended FAILED. */
    public record Jobs(int running, int failed) {
    }

    /** Sessions created and export batches made in one calendar month ({@code YYYY-MM}). */
    public record Month(String month, int sessions, int exports) {
    }

    /** UP when the database answers and both storage directories are writable. */
    public record Health(String status, boolean database, boolean uploadsWritable, boolean exportsWritable,
            long freeDiskBytes) {
    }
}
