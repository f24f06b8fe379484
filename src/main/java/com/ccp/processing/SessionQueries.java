package com.ccp.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of sessions with their employee counts and totals. */
@Repository
class SessionQueries {

    private static final String SUMMARY = """
            SELECT s.id, s.name, s.period, s.status, s.owner, s.created_at, s.receipt_version,
                   COALESCE(e.employees, 0) AS employees, COALESCE(e.open_issues, 0) AS open_issues,
                   COALESCE(e.ready, 0) AS ready, COALESCE(e.car_total, 0) AS car_total,
                   COALESCE(e.receipt_total, 0) AS receipt_total
            FROM processing_session s
            LEFT JOIN (SELECT session_id, COUNT(*) AS employees, SUM(open_issues) AS open_issues,
                              SUM(open_issues = 0) AS ready, SUM(car_total) AS car_total,
                              SUM(receipt_total) AS receipt_total
                       FROM employee GROUP BY session_id) e ON e.session_id = s.id
            """;

    private final JdbcClient jdbc;

    SessionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SessionSummary> list(@Nullable String owner, SessionFilter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(owner, filter, params);
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.sql(SUMMARY + where + " ORDER BY s.created_at DESC, s.id LIMIT :limit OFFSET :offset")
                .paramSource(params)
                .query(SessionSummary.class)
                .list();
    }

    int count(@Nullable String owner, SessionFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.sql("SELECT COUNT(*) FROM processing_session s" + where(owner, filter, params))
                .paramSource(params).query(Integer.class).single();
    }

    List<String> owners() {
        return jdbc.sql("SELECT DISTINCT owner FROM processing_session ORDER BY owner").query(String.class).list();
    }

    Optional<SessionSummary> summary(String id) {
        return jdbc.sql(SUMMARY + " WHERE s.id = :id").param("id", id).query(SessionSummary.class).optional();
    }

    private static String where(@Nullable String owner, SessionFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (owner != null) {
            conditions.add("s.owner = :owner");
            params.addValue("owner", owner);
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            conditions.add("s.owner = :filterOwner");
            params.addValue("filterOwner", filter.owner());
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("s.status IN (:statuses)");
            params.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(s.name LIKE :text OR s.period LIKE :text)");
            params.addValue("text", "%" + filter.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
