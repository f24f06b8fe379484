package com.ccp.lifecycle;

import com.ccp.employee.EmployeeTotals;
import com.ccp.processing.SessionService;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Counts what a close would leave undone, per session. */
@Component
class CloseImpacts {

    private final SessionService sessions;
    private final EmployeeTotals employees;

    CloseImpacts(SessionService sessions, EmployeeTotals employees) {
        this.sessions = sessions;
        this.employees = employees;
    }

    /** The sessions' impacts, in the order of {@code sessionIds}' creation (newest first). */
    List<CloseImpact> of(List<String> sessionIds) {
        Map<String, EmployeeTotals.Undone> undone = employees.undone(sessionIds);
        return sessions.records(sessionIds).stream()
                .map(s -> new CloseImpact(s.id(), s.name(), s.status().name(), undone.get(s.id()).openIssues(),
                        undone.get(s.id()).readyNeverExported()))
                .toList();
    }
}
