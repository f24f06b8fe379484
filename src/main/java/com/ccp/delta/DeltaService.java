package com.ccp.delta;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.employee.AcceptedChange;
import com.ccp.employee.EmployeeWriter;
import com.ccp.employee.Outcome;
import com.ccp.employee.StoredEmployees;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.review.HintService;
import com.ccp.review.LinkService;
import com.ccp.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comparison of a late receipt report: reading it, applying the accepted changes (new
 * revisions, re-validated issues, COMPLETED again — one transaction) or discarding it.
 */
@Service
public class DeltaService {

    /** Which changes the user accepts; every change not accepted counts as rejected. */
    public record Selection(boolean all, Set<String> accept, Set<String> reject) {

        public static Selection acceptAll() {
            return new Selection(true, Set.of(), Set.of());
        }

        public static Selection of(Set<String> accept, Set<String> reject) {
            return new Selection(false, Set.copyOf(accept), Set.copyOf(reject));
        }
    }

    private final SessionService sessions;
    private final ComparisonStore store;
    private final EmployeeWriter writer;
    private final StoredEmployees storedEmployees;
    private final Clock clock;
    private final LinkService links;
    private final HintService hints;

    DeltaService(SessionService sessions, ComparisonStore store, EmployeeWriter writer,
            StoredEmployees storedEmployees, Clock clock, LinkService links, HintService hints) {
        this.links = links;
        this.hints = hints;
        this.sessions = sessions;
        this.store = store;
        this.writer = writer;
        this.storedEmployees = storedEmployees;
        this.clock = clock;
    }

    /** The comparison with the session's newest receipt report: pending, or as it was applied. */
    @Transactional(readOnly = true)
    public ComparisonDetails comparison(Actor actor, String sessionId) {
        SessionDetails session = sessions.get(actor, sessionId);
        ComparisonHeader header = store.header(sessionId)
                .filter(h -> h.receiptVersion() == session.receiptVersion())
                .orElseThrow(() -> AppException.notFound("A comparison for receipt report version "
                        + session.receiptVersion() + " of this session"));
        return new ComparisonDetails(sessionId, header, store.lines(sessionId));
    }

    /**
     * What accepting one employee's change would do: receipts added, changed or removed, and each
     * issue before → after. Only a pending comparison has one; an applied one already did it.
     */
    @Transactional(readOnly = true)
    public AcceptPreview preview(Actor actor, String sessionId, String employeeId) {
        ComparisonDetails details = comparison(actor, sessionId);
        if (!details.pending()) {
            throw new AppException(ErrorCode.CONFLICT, "This comparison was applied; the employee page shows"
                    + " what it changed.");
        }
        ChangeLine line = details.changes().stream().filter(l -> l.employeeId().equals(employeeId)).findFirst()
                .orElseThrow(() -> AppException.notFound("Employee " + employeeId + " in this comparison"));
        Outcome outcome = store.outcomes(sessionId, Set.of(employeeId)).get(employeeId);
        return AcceptPreview.of(line, storedEmployees.receiptsOf(sessionId, employeeId), outcome,
                storedEmployees.issuesOf(sessionId, employeeId));
    }

    @Transactional
    public SessionDetails apply(Actor actor, String sessionId, Selection selection) {
        sessions.requireAction(actor, sessionId, SessionAction.APPLY);
        List<ChangeLine> lines = store.lines(sessionId);
        Set<String> accepted = accepted(lines, selection);
        String summary = DecisionSheet.applied(lines, accepted).text();
        sessions.transition(actor, sessionId, SessionAction.APPLY, summary);
        ComparisonHeader header = store.header(sessionId).orElseThrow(() -> new AppException(ErrorCode.CONFLICT,
                "The comparison is gone; it was applied or discarded by someone else."));
        Instant now = clock.instant();
        Map<String, Outcome> outcomes = store.outcomes(sessionId, accepted);
        List<AcceptedChange> writes = lines.stream().filter(line -> accepted.contains(line.employeeId()))
                .map(line -> new AcceptedChange(line.employeeId(), outcomes.get(line.employeeId()),
                        line.receiptsChanged(), line.summary(header.receiptVersion())))
                .toList();
        requireMovedReceiptsAccepted(sessionId, outcomes);
        writer.applyChanges(sessionId, header.receiptVersion(), actor.effectiveUser(), now, writes);
        links.afterReceiptsApplied(actor, sessionId, header.receiptVersion());
        hints.revalidate(sessionId);
        store.recordDecisions(sessionId, accepted, actor.effectiveUser(), now);
        return sessions.get(actor, sessionId);
    }

    @Transactional
    public SessionDetails discard(Actor actor, String sessionId) {
        sessions.transition(actor, sessionId, SessionAction.DISCARD, "comparison discarded");
        dropPending(sessionId);
        return sessions.get(actor, sessionId);
    }

    /**
     * Forgets a comparison that waits for a decision, with its receipt file's reading notes (discard,
     * an admin's close). Only COMPARING_RECEIPTS has one: a late receipt read still running stores
     * none, as its session moved on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void dropPending(String sessionId) {
        store.header(sessionId).filter(header -> header.appliedAt() == null)
                .ifPresent(header -> store.discard(sessionId, header.receiptVersion()));
    }

    private static Set<String> accepted(List<ChangeLine> lines, Selection selection) {
        Set<String> known = lines.stream().map(ChangeLine::employeeId).collect(Collectors.toSet());
        if (selection.all()) {
            return known;
        }
        Set<String> unknown = new TreeSet<>(selection.accept());
        unknown.addAll(selection.reject());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new AppException(ErrorCode.BAD_INPUT, "These employees are not in the comparison: "
                    + String.join(", ", unknown) + ".", Map.of("employeeIds", List.copyOf(unknown)));
        }
        Set<String> both = new TreeSet<>(selection.accept());
        both.retainAll(selection.reject());
        if (!both.isEmpty()) {
            throw new AppException(ErrorCode.BAD_INPUT, "These employees are both accepted and rejected: "
                    + String.join(", ", both) + ".", Map.of("employeeIds", List.copyOf(both)));
        }
        return new LinkedHashSet<>(selection.accept());
    }

    /** A receipt the new file lists under another employee moves only if both employees' changes are accepted. */
    private void requireMovedReceiptsAccepted(String sessionId, Map<String, Outcome> outcomes) {
        Map<String, String> ownerOfReceipt = storedEmployees.receiptOwners(sessionId);
        Set<String> problems = new TreeSet<>();
        outcomes.forEach((employeeId, outcome) -> outcome.receipts().forEach(r -> {
            String owner = ownerOfReceipt.get(r.receiptId());
            if (owner != null && !owner.equals(employeeId) && !outcomes.containsKey(owner)) {
                problems.add("receipt " + r.receiptId() + " moves from " + owner + " to " + employeeId);
            }
        }));
        if (!problems.isEmpty()) {
            throw new AppException(ErrorCode.BAD_INPUT, "Accept or reject both employees of a moved receipt: "
                    + String.join("; ", problems) + ".");
        }
    }
}
