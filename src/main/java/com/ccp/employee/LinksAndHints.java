package com.ccp.employee;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of the links and hints of a session for other features (the delta comparison, the
 * export's cover pages and exceptions report). Callers have checked who may see the session.
 */
@Component
public class LinksAndHints {

    private final LinkStore links;
    private final HintStore hints;
    private final EmployeeQueries employees;

    LinksAndHints(LinkStore links, HintStore hints, EmployeeQueries employees) {
        this.links = links;
        this.hints = hints;
        this.employees = employees;
    }

    /** Every link of the session by Employee ID, each with its reason, note, who/when and the difference. */
    @Transactional(readOnly = true)
    public Map<String, List<EmployeeLink>> linksByEmployee(String sessionId) {
        return links.linksOfSession(sessionId);
    }

    /** One employee's links (empty for an unknown employee). */
    @Transactional(readOnly = true)
    public List<EmployeeLink> linksOf(String sessionId, String employeeId) {
        return employees.employee(sessionId, employeeId).map(row -> links.holdings(row.ref()).links()).orElse(List.of());
    }

    /** The session's hints not dismissed. */
    @Transactional(readOnly = true)
    public int openHints(String sessionId) {
        return hints.openCount(sessionId);
    }

    /**
     * Every hint of the session by Employee ID, dismissed ones included (a hint naming two employees
     * is listed under both) — for the exceptions report's hint section.
     */
    @Transactional(readOnly = true)
    public Map<String, List<EmployeeDetail.HintLine>> hintsByEmployee(String sessionId) {
        return hints.byEmployee(sessionId);
    }

    /** One employee's hints, dismissed ones included (empty for an unknown employee). */
    @Transactional(readOnly = true)
    public List<EmployeeDetail.HintLine> hintsOf(String sessionId, String employeeId) {
        return employees.employee(sessionId, employeeId).map(row -> hints.ofEmployee(row.ref())).orElse(List.of());
    }
}
