package com.ccp.admin;

import com.ccp.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activity log for admins: searched page by page, or written whole as CSV. Nothing here changes it. */
@Service
public class ActivityService {

    /** The CSV columns, in order. */
    public static final List<String> CSV_HEADER = List.of("id", "at", "actor", "acting_as", "action", "session_id",
            "outcome", "details", "client_address");

    private static final String COLUMNS = "id, at, actor, acting_as, action, session_id, outcome, details, client_address";

    private static final Pattern ISSUE = Pattern.compile(
            "\\bissue ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private static final Pattern EMPLOYEE = Pattern.compile("^employee ([^\\s:]+):");

    private final JdbcClient jdbc;

    ActivityService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of matching entries, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> search(Actor actor, ActivityQuery query, int offset, int limit) {
        Admins.require(actor);
        Where where = where(query);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM activity_log" + where.sql() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(params).query(ActivityEntry.class).list();
    }

    /**
     * One page as an admin reads it: actions in words, session names, and the employee an issue or
     * employee entry concerns (found from the issue or Employee ID its details name).
     */
    @Transactional(readOnly = true)
    public List<ActivityLine> lines(Actor actor, ActivityQuery query, int offset, int limit) {
        List<ActivityEntry> entries = search(actor, query, offset, limit);
        Set<String> sessionIds = new HashSet<>();
        Set<String> issueIds = new HashSet<>();
        Set<String> employeeIds = new HashSet<>();
        entries.forEach(entry -> {
            if (entry.sessionId() != null) {
                sessionIds.add(entry.sessionId());
            }
            String details = entry.details() == null ? "" : entry.details();
            Matcher issue = ISSUE.matcher(details);
            if (issue.find()) {
                issueIds.add(issue.group(1));
            }
            Matcher employee = EMPLOYEE.matcher(details);
            if (employee.find()) {
                employeeIds.add(employee.group(1));
            }
        });
        Map<String, String> sessionNames = new HashMap<>();
        Map<String, String> employeeNames = new HashMap<>();
        if (!sessionIds.isEmpty()) {
            jdbc.sql("SELECT id, name FROM processing_session WHERE id IN (:ids)").param("ids", sessionIds)
                    .query((rs, n) -> sessionNames.put(rs.getString(1), rs.getString(2))).list();
        }
        if (!employeeIds.isEmpty() && !sessionIds.isEmpty()) {
            jdbc.sql("""
                    SELECT session_id, employee_id, COALESCE(car_name, receipt_name, employee_id) FROM employee
                    WHERE session_id IN (:ids) AND employee_id IN (:employees)""")
                    .param("ids", sessionIds).param("employees", employeeIds)
                    .query((rs, n) -> employeeNames.put(rs.getString(1) + "/" + rs.getString(2),
                            rs.getString(2) + " " + rs.getString(3))).list();
        }
        Map<String, String> issueEmployees = new HashMap<>();
        if (!issueIds.isEmpty()) {
            jdbc.sql("""
                    SELECT i.id, e.employee_id, COALESCE(e.car_name, e.receipt_name, e.employee_id)
                    FROM issue i JOIN employee e ON e.id = i.employee_ref WHERE i.id IN (:ids)""")
                    .param("ids", issueIds)
                    .query((rs, n) -> issueEmployees.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3)))
                    .list();
        }
        return entries.stream().map(entry -> new ActivityLine(entry, ActionWords.of(entry.action()),
                entry.sessionId() == null ? null : sessionNames.get(entry.sessionId()),
                employee(entry, employeeNames, issueEmployees))).toList();
    }

    private static @Nullable String employee(ActivityEntry entry, Map<String, String> employeeNames,
            Map<String, String> issueEmployees) {
        String details = entry.details() == null ? "" : entry.details();
        Matcher issue = ISSUE.matcher(details);
        if (issue.find() && issueEmployees.containsKey(issue.group(1))) {
            return issueEmployees.get(issue.group(1));
        }
        Matcher employee = EMPLOYEE.matcher(details);
        if (employee.find()) {
            String id = employee.group(1);
            return employeeNames.getOrDefault(entry.sessionId() + "/" + id, id);
        }
        return null;
    }

    @Transactional(readOnly = true)
    public int count(Actor actor, ActivityQuery query) {
        Admins.require(actor);
        Where where = where(query);
        return jdbc.sql("SELECT COUNT(*) FROM activity_log" + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** Every matching entry, newest first, as RFC 4180 CSV with a header row, streamed from the database. */
    @Transactional(readOnly = true)
    public void writeCsv(Actor actor, ActivityQuery query, Writer out) {
        Admins.require(actor);
        Where where = where(query);
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(CSV_HEADER.toArray(String[]::new)).get());
            jdbc.sql("SELECT " + COLUMNS + " FROM activity_log" + where.sql() + " ORDER BY at DESC, id DESC")
                    .params(where.params())
                    .query(rs -> {
                        try {
                            csv.printRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                                    rs.getString("acting_as"), rs.getString("action"), rs.getString("session_id"),
                                    rs.getString("outcome"), rs.getString("details"), rs.getString("client_address"));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct actions in the log, for a filter's choices. */
    @Transactional(readOnly = true)
    public List<String> actions(Actor actor) {
        Admins.require(actor);
        return jdbc.sql("SELECT DISTINCT action FROM activity_log ORDER BY action").query(String.class).list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(ActivityQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.user() != null) {
            conditions.add("(actor = ? OR acting_as = ?)");
            params.add(query.user());
            params.add(query.user());
        }
        if (query.action() != null) {
            conditions.add("action = ?");
            params.add(query.action());
        }
        if (query.session() != null) {
            conditions.add("session_id = ?");
            params.add(query.session());
        }
        if (query.from() != null) {
            conditions.add("at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("at < ?");
            params.add(Timestamp.from(query.to()));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }
}
