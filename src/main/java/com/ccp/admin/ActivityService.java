package com.ccp.admin;

import com.ccp.audit.ActivityEntry;
import com.ccp.audit.ActivityQuery;
import com.ccp.audit.ActivitySearch;
import com.ccp.audit.AuditAction;
import com.ccp.employee.EmployeeNames;
import com.ccp.processing.SessionService;
import com.ccp.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activity log for admins: searched page by page, or written whole as CSV. Nothing here changes it. */
@Service
public class ActivityService {

    /** The CSV columns, in order. */
    public static final List<String> CSV_HEADER = List.of("id", "at", "actor", "acting_as", "action", "session_id",
            "outcome", "details", "client_address");

    private static final Pattern ISSUE = Pattern.compile(
            "\\bissue ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private static final Pattern EMPLOYEE = Pattern.compile("^employee ([^\\s:]+):");

    private final ActivitySearch log;
    private final SessionService sessions;
    private final EmployeeNames names;

    ActivityService(ActivitySearch log, SessionService sessions, EmployeeNames names) {
        this.log = log;
        this.sessions = sessions;
        this.names = names;
    }

    /** One page of matching entries, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> search(Actor actor, ActivityQuery query, int offset, int limit) {
        Admins.require(actor);
        return log.page(query, offset, limit);
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
        Map<String, String> sessionNames = sessions.names(List.copyOf(sessionIds));
        Map<String, String> employeeNames = names.ofEmployees(sessionIds, employeeIds);
        Map<String, String> issueEmployees = names.ofIssues(issueIds);
        return entries.stream().map(entry -> new ActivityLine(entry, AuditAction.wordsOf(entry.action()),
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
        return log.count(query);
    }

    /** Every matching entry, newest first, as RFC 4180 CSV with a header row, streamed from the database. */
    @Transactional(readOnly = true)
    public void writeCsv(Actor actor, ActivityQuery query, Writer out) {
        Admins.require(actor);
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(CSV_HEADER.toArray(String[]::new)).get());
            log.forEach(query, entry -> {
                try {
                    csv.printRecord(entry.id(), entry.at(), entry.actor(), entry.actingAs(), entry.action(),
                            entry.sessionId(), entry.outcome(), entry.details(), entry.clientAddress());
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
        return log.actions();
    }
}
