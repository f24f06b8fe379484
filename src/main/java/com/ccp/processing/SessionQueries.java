package com.ccp.processing;

import com.ccp.base.db.MonthCounts;
import com.ccp.employee.EmployeeTotals;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of sessions, with their employees' counts and totals from the employee module. */
@Repository
class SessionQueries {

    private static final String SESSION = """
            SELECT s.id, s.name, s.period, s.status, s.owner, s.created_at, s.receipt_version
            FROM processing_session s
            """;

    /** A session row before its employees' figures are added. */
    private record Row(String id, String name, @Nullable String period, SessionStatus status, String owner,
            Instant createdAt, int receiptVersion) {
    }

    private final JdbcClient jdbc;
    private final EmployeeTotals employeeTotals;

    SessionQueries(JdbcClient jdbc, EmployeeTotals employeeTotals) {
        this.jdbc = jdbc;
        this.employeeTotals = employeeTotals;
    }

    List<SessionSummary> list(@Nullable String owner, SessionFilter filter, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(owner, filter, params);
        params.addValue("limit", limit).addValue("offset", offset);
        return withTotals(jdbc.sql(SESSION + where + " ORDER BY s.created_at DESC, s.id LIMIT :limit OFFSET :offset")
                .paramSource(params).query(Row.class).list());
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
        return jdbc.sql(SESSION + " WHERE s.id = :id").param("id", id).query(Row.class).optional()
                .map(row -> withTotals(List.of(row)).getFirst());
    }

    /** Session id → name, for the listed sessions that exist. */
    Map<String, String> names(List<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name FROM processing_session WHERE id IN (:ids)").param("ids", ids)
                    .query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return names;
    }

    /**
     * Locks the session row until the transaction ends, so changes that must not overlap (exports
     * and voids of one session) run one after the other; waits at most {@code seconds}. False when
     * there is no such session.
     */
    boolean lock(String sessionId, int seconds) {
        return jdbc.sql("SELECT id FROM processing_session WHERE id = ? FOR UPDATE WAIT " + seconds)
                .param(sessionId).query(String.class).optional().isPresent();
    }

    private List<SessionSummary> withTotals(List<Row> rows) {
        Map<String, EmployeeTotals.Totals> totals = employeeTotals.of(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> {
            EmployeeTotals.Totals t = totals.getOrDefault(row.id(), EmployeeTotals.Totals.NONE);
            return new SessionSummary(row.id(), row.name(), row.period(), row.status(), row.owner(), row.createdAt(),
                    row.receiptVersion(), t.employees(), t.openIssues(), t.ready(), t.carTotal(), t.receiptTotal());
        }).toList();
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

    private static final String RECORD = "SELECT id, name, period, owner, status, created_at, closed_at, updated_at"
            + " FROM processing_session";

    /**
     * Sessions in one of the statuses (any when empty) that are CLOSED before {@code closedBefore} or
     * FAILED before {@code failedBefore} (either when neither is given), of one owner or all; oldest first.
     */
    List<SessionRecord> matching(Collection<SessionStatus> statuses, @Nullable Instant closedBefore,
            @Nullable Instant failedBefore, @Nullable String owner) {
        StringBuilder sql = new StringBuilder(RECORD).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!statuses.isEmpty()) {
            sql.append(" AND status IN (").append(String.join(", ", statuses.stream().map(s -> "?").toList()))
                    .append(')');
            statuses.stream().map(SessionStatus::name).sorted().forEach(params::add);
        }
        List<String> ages = new ArrayList<>();
        if (closedBefore != null) {
            ages.add("(status = 'CLOSED' AND closed_at <= ?)");
            params.add(Timestamp.from(closedBefore));
        }
        if (failedBefore != null) {
            // a FAILED session changes no more: its last change is when it failed
            ages.add("(status = 'FAILED' AND updated_at <= ?)");
            params.add(Timestamp.from(failedBefore));
        }
        if (!ages.isEmpty()) {
            sql.append(" AND (").append(String.join(" OR ", ages)).append(')');
        }
        if (owner != null) {
            sql.append(" AND owner = ?");
            params.add(owner);
        }
        sql.append(" ORDER BY created_at, id");
        return jdbc.sql(sql.toString()).params(params).query(SessionRecord.class).list();
    }

    Optional<SessionRecord> record(String id) {
        return jdbc.sql(RECORD + " WHERE id = ?").param(id).query(SessionRecord.class).optional();
    }

    /** The listed sessions, newest first. */
    List<SessionRecord> records(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RECORD + " WHERE id IN (:ids) ORDER BY created_at DESC, id").param("ids", ids)
                .query(SessionRecord.class).list();
    }

    Map<SessionStatus, Integer> countByStatus() {
        Map<SessionStatus, Integer> counts = new EnumMap<>(SessionStatus.class);
        for (SessionStatus status : SessionStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("SELECT status, COUNT(*) FROM processing_session GROUP BY status")
                .query(rs -> {
                    counts.put(SessionStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    Map<String, Integer> createdPerMonth(Instant since) {
        return MonthCounts.of(jdbc, "processing_session", since);
    }
}
