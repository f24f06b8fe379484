package com.ccp.base.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How many rows of a table were created per month ("2026-12" → 4), for the admin's charts. */
public final class MonthCounts {

    private MonthCounts() {
    }

    /** {@code table} must have a {@code created_at} column; the owning module names it. */
    public static Map<String, Integer> of(JdbcClient jdbc, String table, Instant since) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT DATE_FORMAT(created_at, '%Y-%m') AS month, COUNT(*) AS n FROM " + table
                        + " WHERE created_at >= ? GROUP BY month")
                .param(Timestamp.from(since))
                .query((rs, row) -> Map.entry(rs.getString("month"), rs.getInt("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
