package com.ccp.reconciliation;

import com.ccp.report.ParseWarning;
import java.util.List;

/** The employees of a session sorted by Employee ID, and the session-level warnings. */
public record Reconciliation(List<ReconciledEmployee> employees, List<ParseWarning> warnings) {

    public Reconciliation {
        employees = List.copyOf(employees);
        warnings = List.copyOf(warnings);
    }
}
