package com.ccp.review;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.base.Texts;
import com.ccp.employee.EmployeeDetail;
import com.ccp.employee.EmployeeLink;
import com.ccp.employee.IssueResolutions;
import com.ccp.employee.LinkStore;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionService;
import com.ccp.reconciliation.Flag;
import com.ccp.reconciliation.LinkCoverage;
import com.ccp.reconciliation.LinkReason;
import com.ccp.reconciliation.Money;
import com.ccp.security.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a clerk makes between what the rules left unmatched (formats.md §3): making one resolves the
 * MISSING_RECEIPT issues of its transactions as LINKED, and the employee's TOTAL_MISMATCH as
 * EXPLAINED_BY_LINKS once the links explain the whole difference; removing one reopens exactly
 * what it resolved. Every change of one employee's links holds that employee's row lock, so two
 * clerks linking the same receipt make one link and the other is told it is taken.
 */
@Service
public class LinkService {

    private final SessionService sessions;
    private final LinkStore store;
    private final IssueResolutions issues;
    private final EmployeeService employees;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final ChangeGuard guard;

    LinkService(SessionService sessions, LinkStore store, IssueResolutions issues, EmployeeService employees,
            ActivityLog activityLog, Clock clock, ChangeGuard guard) {
        this.sessions = sessions;
        this.store = store;
        this.issues = issues;
        this.employees = employees;
        this.activityLog = activityLog;
        this.clock = clock;
        this.guard = guard;
    }

    // Read committed: what this transaction reads after taking the employee's lock must include what
    // the clerk who held the lock before committed.
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EmployeeDetail link(Actor actor, String sessionId, String employeeId, LinkRequest request) {
        guard.requireWritable(actor, AuditAction.LINK, sessionId);
        Texts.requireWithin(request.note(), Texts.NOTE, "note");
        LinkReason reason = checkShape(request);
        sessions.requireAction(actor, sessionId, SessionAction.RESOLVE_ISSUE);
        String ref = store.lockEmployee(sessionId, employeeId)
                .orElseThrow(() -> AppException.notFound("Employee " + employeeId));
        LinkStore.Holdings holdings = store.holdings(ref);
        checkItems(sessionId, holdings, request);
        Instant now = clock.instant();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        String linkId;
        try {
            linkId = store.insert(sessionId, ref, request.transactions(), request.receipts(), reason, note,
                    actor.effectiveUser(), now);
        } catch (DuplicateKeyException e) {
            throw new AppException(ErrorCode.CONFLICT, "Someone linked one of these items a moment ago; reload the page.");
        }
        EmployeeLink link = store.holdings(ref).links().stream().filter(l -> l.id().equals(linkId)).findFirst()
                .orElseThrow();
        resolveLinkedIssues(ref, link, actor.effectiveUser(), now);
        settleTotal(ref, actor.effectiveUser(), now, "");
        issues.recount(ref);
        activityLog.success(actor, AuditAction.LINK, sessionId, "employee " + employeeId + ": " + describe(link));
        return employees.employee(actor, sessionId, employeeId);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EmployeeDetail unlink(Actor actor, String sessionId, String employeeId, String linkId) {
        guard.requireWritable(actor, AuditAction.UNLINK, sessionId);
        sessions.requireAction(actor, sessionId, SessionAction.RESOLVE_ISSUE);
        String ref = store.lockEmployee(sessionId, employeeId)
                .orElseThrow(() -> AppException.notFound("Employee " + employeeId));
        EmployeeLink link = store.holdings(ref).links().stream().filter(l -> l.id().equals(linkId)).findFirst()
                .orElseThrow(() -> AppException.notFound("Link " + linkId));
        Instant now = clock.instant();
        remove(ref, link, actor.effectiveUser(), now, "Link removed by " + actor.effectiveUser() + ".");
        issues.recount(ref);
        activityLog.success(actor, AuditAction.UNLINK, sessionId, "employee " + employeeId + ": " + describe(link));
        return employees.employee(actor, sessionId, employeeId);
    }

    /**
     * After a late receipt report was applied: a link whose transactions or receipts are gone is
     * dropped (and audited), reopening what it resolved; the others resolve the issues the new
     * validation opened for their transactions, and each employee's TOTAL_MISMATCH is settled again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void afterReceiptsApplied(Actor actor, String sessionId, int receiptVersion) {
        guard.requireWritable(actor, AuditAction.APPLY, sessionId);
        Instant now = clock.instant();
        for (String ref : store.employeesWithLinks(sessionId)) {
            LinkStore.Holdings holdings = store.holdings(ref);
            Set<String> references = holdings.transactionsByReference().keySet();
            Set<String> receipts = holdings.receiptsById().keySet();
            for (EmployeeLink link : holdings.links()) {
                if (references.containsAll(link.transactions()) && receipts.containsAll(link.receipts())) {
                    resolveLinkedIssues(ref, link, actor.effectiveUser(), now);
                } else {
                    remove(ref, link, actor.effectiveUser(), now, "Link dropped: its transaction or receipt is gone"
                            + " after receipt report version " + receiptVersion + ".");
                    activityLog.success(actor, AuditAction.LINK_DROPPED, sessionId, "employee " + holdings.employeeId()
                            + ": " + describe(link) + " — an item is gone after receipt report version "
                            + receiptVersion);
                }
            }
            settleTotal(ref, actor.effectiveUser(), now, "");
            issues.recount(ref);
        }
    }

    /** Every link of the session by Employee ID (read model for the export's cover pages). */
    @Transactional(readOnly = true)
    public Map<String, List<EmployeeLink>> linksOfSession(Actor actor, String sessionId) {
        sessions.requireVisible(actor, sessionId);
        return store.linksOfSession(sessionId);
    }

    private static LinkReason checkShape(LinkRequest request) {
        if (request.reason() == null) {
            throw badInput("Choose why these items belong together: TIP, FX_FEE, SPLIT_CHARGE, PARTIAL_REFUND or OTHER.",
                    "reason");
        }
        if (request.transactions().isEmpty() || request.receipts().isEmpty()) {
            throw badInput("Select at least one transaction and one receipt to link.",
                    request.transactions().isEmpty() ? "transactions" : "receipts");
        }
        if (request.transactions().size() > 1 && request.receipts().size() > 1) {
            throw badInput("Link one receipt to several transactions or several receipts to one transaction, "
                    + "not several of both.", "transactions");
        }
        if (new HashSet<>(request.transactions()).size() < request.transactions().size()
                || new HashSet<>(request.receipts()).size() < request.receipts().size()) {
            throw badInput("An item is selected twice.", "transactions");
        }
        if (request.reason() == LinkReason.OTHER && (request.note() == null || request.note().isBlank())) {
            throw badInput("Say in a note why these items belong together (required for OTHER).", "note");
        }
        return request.reason();
    }

    private void checkItems(String sessionId, LinkStore.Holdings holdings, LinkRequest request) {
        Map<String, LinkStore.Item> transactions = holdings.transactionsByReference();
        Map<String, LinkStore.Item> receipts = holdings.receiptsById();
        for (String reference : request.transactions()) {
            if (!transactions.containsKey(reference)) {
                throw badInput("Employee " + holdings.employeeId() + " has no transaction with reference "
                        + reference + ".", "transactions");
            }
        }
        for (String receiptId : request.receipts()) {
            if (!receipts.containsKey(receiptId)) {
                String owner = store.receiptOwner(sessionId, receiptId).orElse(null);
                throw badInput(owner == null ? "This session has no receipt " + receiptId + "."
                        : "Receipt " + receiptId + " belongs to employee " + owner
                                + ": links stay within one employee.", "receipts");
            }
        }
        Set<String> linkedTransactions = new HashSet<>();
        Set<String> linkedReceipts = new HashSet<>();
        holdings.links().forEach(l -> {
            linkedTransactions.addAll(l.transactions());
            linkedReceipts.addAll(l.receipts());
        });
        Set<String> taken = new LinkedHashSet<>();
        for (String reference : request.transactions()) {
            LinkStore.Item t = transactions.get(reference);
            if (t.matchedReceiptId() != null) {
                taken.add("transaction " + reference + " is matched to receipt " + t.matchedReceiptId());
            } else if (linkedTransactions.contains(reference)) {
                taken.add("transaction " + reference + " is already linked");
            }
        }
        Set<String> ruleMatched = new HashSet<>();
        holdings.transactions().forEach(t -> {
            if (t.matchedReceiptId() != null) {
                ruleMatched.add(t.matchedReceiptId());
            }
        });
        for (String receiptId : request.receipts()) {
            if (ruleMatched.contains(receiptId)) {
                taken.add("receipt " + receiptId + " is matched to a transaction");
            } else if (linkedReceipts.contains(receiptId)) {
                taken.add("receipt " + receiptId + " is already linked");
            }
        }
        if (!taken.isEmpty()) {
            throw new AppException(ErrorCode.CONFLICT, "Only unmatched items can be linked: " + String.join("; ", taken)
                    + ". Reload the page to see the current matches.", Map.of("taken", List.copyOf(taken)));
        }
    }

    private void resolveLinkedIssues(String ref, EmployeeLink link, String by, Instant at) {
        Set<String> keys = new HashSet<>();
        link.transactions().forEach(reference -> keys.add("MISSING_RECEIPT:" + reference));
        String note = link.reason().name() + ", " + (link.receipts().size() == 1 ? "receipt " : "receipts ")
                + String.join(", ", link.receipts()) + (link.note() == null ? "" : ": " + link.note());
        for (IssueResolutions.State issue : issues.ofEmployee(ref)) {
            if (!issue.resolved() && keys.contains(baseKey(issue.findingKey()))) {
                issues.resolve(issue.id(), IssueResolutions.LINKED, note, by, at, link.id());
            }
        }
    }

    private void remove(String ref, EmployeeLink link, String by, Instant at, String why) {
        for (IssueResolutions.State issue : issues.ofEmployee(ref)) {
            if (link.id().equals(issue.resolvedByLink())) {
                issues.reopen(issue.id(), why, by, at);
            }
        }
        store.delete(link.id());
        settleTotal(ref, by, at, why);
    }

    /** Resolves TOTAL_MISMATCH as EXPLAINED_BY_LINKS when the links explain it, reopens it when they no longer do. */
    private void settleTotal(String ref, String by, Instant at, String why) {
        LinkStore.Holdings h = store.holdings(ref);
        Set<String> linkedTransactions = new HashSet<>();
        Set<String> linkedReceipts = new HashSet<>();
        h.links().forEach(l -> {
            linkedTransactions.addAll(l.transactions());
            linkedReceipts.addAll(l.receipts());
        });
        Set<String> ruleMatched = new HashSet<>();
        int unmatchedTransactions = 0;
        for (LinkStore.Item t : h.transactions()) {
            if (t.matchedReceiptId() != null) {
                ruleMatched.add(t.matchedReceiptId());
            } else if (!linkedTransactions.contains(t.id())) {
                unmatchedTransactions++;
            }
        }
        int unmatchedReceipts = (int) h.receipts().stream()
                .filter(r -> !ruleMatched.contains(r.id()) && !linkedReceipts.contains(r.id())).count();
        List<BigDecimal> differences = h.links().stream().map(EmployeeLink::difference).toList();
        boolean explained = LinkCoverage.explainsWholeDifference(unmatchedTransactions, unmatchedReceipts, differences,
                h.carTotal(), h.receiptTotal());
        for (IssueResolutions.State issue : issues.ofEmployee(ref)) {
            if (!issue.flag().equals(Flag.TOTAL_MISMATCH.name())) {
                continue;
            }
            if (!issue.resolved() && explained) {
                issues.resolve(issue.id(), IssueResolutions.EXPLAINED_BY_LINKS, differences.size()
                        + (differences.size() == 1 ? " link explains" : " links explain") + " the difference of "
                        + Money.format(h.carTotal().subtract(h.receiptTotal())) + ".", by, at, null);
            } else if (issue.resolved() && IssueResolutions.EXPLAINED_BY_LINKS.equals(issue.resolutionReason())
                    && !explained) {
                issues.reopen(issue.id(), (why.isEmpty() ? "" : why + " ")
                        + "The links no longer explain the whole difference.", by, at);
            }
        }
    }

    /** A finding key without the "#2" a reference printed twice gets. */
    private static String baseKey(String key) {
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    private static String describe(EmployeeLink link) {
        return String.join(", ", link.transactions()) + " ↔ " + String.join(", ", link.receipts()) + " ("
                + link.reason() + (link.note() == null ? "" : ": " + link.note()) + ")";
    }

    private static AppException badInput(String message, String field) {
        return new AppException(ErrorCode.BAD_INPUT, message, Map.of("field", field));
    }
}
