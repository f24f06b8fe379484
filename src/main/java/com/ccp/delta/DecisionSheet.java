package com.ccp.delta;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that says which lines of a comparison need a decision, what the decisions so far
 * amount to, and what an apply sends. A line that changes nothing for the employee (no amount moved,
 * no receipt differs) is applied as it is: its newest receipt file is recorded, nothing else.
 */
public final class DecisionSheet {

    private DecisionSheet() {
    }

    /** NO_CHANGE and STILL_MISSING lines whose receipts are the same need no decision. */
    public static boolean needsDecision(ChangeLine line) {
        return line.isChange() || line.receiptsChanged();
    }

    /** Accepted, rejected and undecided among the lines that need a decision. */
    public record Tally(long accepted, long rejected, long undecided) {

        /** "2 changes accepted, 1 rejected, 3 undecided (counted as rejected)". */
        public String text() {
            return accepted + (accepted == 1 ? " change" : " changes") + " accepted, " + rejected + " rejected"
                    + (undecided > 0 ? ", " + undecided + " undecided (counted as rejected)" : "");
        }
    }

    public static Tally tally(List<ChangeLine> lines, Map<String, Decision> decisions) {
        List<ChangeLine> changes = lines.stream().filter(DecisionSheet::needsDecision).toList();
        long accepted = changes.stream().filter(l -> decisions.get(l.employeeId()) == Decision.ACCEPT).count();
        long rejected = changes.stream().filter(l -> decisions.get(l.employeeId()) == Decision.REJECT).count();
        return new Tally(accepted, rejected, changes.size() - accepted - rejected);
    }

    /** The tally of an apply: every change not accepted counts as rejected. */
    public static Tally applied(List<ChangeLine> lines, Set<String> accepted) {
        List<ChangeLine> changes = lines.stream().filter(DecisionSheet::needsDecision).toList();
        long yes = changes.stream().filter(l -> accepted.contains(l.employeeId())).count();
        return new Tally(yes, changes.size() - yes, 0);
    }

    /** Every line that needs a decision, decided the same way. */
    public static Map<String, Decision> all(List<ChangeLine> lines, Decision decision) {
        return lines.stream().filter(DecisionSheet::needsDecision)
                .collect(Collectors.toMap(ChangeLine::employeeId, l -> decision));
    }

    /**
     * What to apply: the accepted changes and the lines that need no decision (taken as they are);
     * the rejected changes. Undecided changes are in neither, so they count as rejected.
     */
    public static DeltaService.Selection selection(List<ChangeLine> lines, Map<String, Decision> decisions) {
        Set<String> accept = lines.stream()
                .filter(l -> !needsDecision(l) || decisions.get(l.employeeId()) == Decision.ACCEPT)
                .map(ChangeLine::employeeId).collect(Collectors.toSet());
        Set<String> reject = lines.stream()
                .filter(l -> needsDecision(l) && decisions.get(l.employeeId()) == Decision.REJECT)
                .map(ChangeLine::employeeId).collect(Collectors.toSet());
        return DeltaService.Selection.of(accept, reject);
    }
}
