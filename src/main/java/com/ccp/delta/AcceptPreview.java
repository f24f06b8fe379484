package com.ccp.delta;

import com.ccp.employee.Outcome;
import com.ccp.employee.StoredEmployees;
import com.ccp.employee.VersionedReceipt;
import com.ccp.reconciliation.Finding;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What accepting one employee's change does: the receipts it adds, changes or takes away, and each
 * issue before → after (kept with its resolution when the same finding remains, gone when its finding
 * is gone, new otherwise — as the apply keeps them).
 */
public record AcceptPreview(String employeeId, String name, ChangeType type, List<ReceiptChange> receipts,
        List<IssueChange> issues) {

    public AcceptPreview {
        receipts = List.copyOf(receipts);
        issues = List.copyOf(issues);
    }

    public enum ReceiptKind { ADDED, CHANGED, REMOVED }

    /** A receipt that differs: {@code before} is null when added, {@code after} when removed. */
    public record ReceiptChange(ReceiptKind kind, String receiptId, @Nullable Receipt before,
            @Nullable Receipt after) {
    }

    public enum IssueState { OPEN, RESOLVED, NONE }

    public record IssueChange(String flag, String detail, IssueState before, IssueState after) {
    }

    /** Distinct flags of the issues open now, sorted. */
    public Set<String> openFlagsBefore() {
        return flags(IssueState.OPEN, true);
    }

    /** Distinct flags of the issues open once accepted, sorted. */
    public Set<String> openFlagsAfter() {
        return flags(IssueState.OPEN, false);
    }

    private Set<String> flags(IssueState state, boolean before) {
        Set<String> flags = new TreeSet<>();
        issues.stream().filter(i -> (before ? i.before() : i.after()) == state).forEach(i -> flags.add(i.flag()));
        return flags;
    }

    public static AcceptPreview of(ChangeLine line, List<VersionedReceipt> before, Outcome outcome,
            List<StoredEmployees.Issue> issuesBefore) {
        return new AcceptPreview(line.employeeId(), line.name(), line.type(), receipts(before, outcome.receipts()),
                issues(issuesBefore, outcome.findings()));
    }

    private static List<ReceiptChange> receipts(List<VersionedReceipt> before, List<VersionedReceipt> after) {
        Map<String, VersionedReceipt> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(r.receiptId(), r));
        List<ReceiptChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (VersionedReceipt receipt : after) {
            seen.add(receipt.receiptId());
            VersionedReceipt was = old.get(receipt.receiptId());
            if (was == null) {
                changes.add(new ReceiptChange(ReceiptKind.ADDED, receipt.receiptId(), null, receipt.receipt()));
            } else if (!was.sameContent(receipt)) {
                changes.add(new ReceiptChange(ReceiptKind.CHANGED, receipt.receiptId(), was.receipt(),
                        receipt.receipt()));
            }
        }
        old.values().stream().filter(r -> !seen.contains(r.receiptId())).forEach(r -> changes.add(
                new ReceiptChange(ReceiptKind.REMOVED, r.receiptId(), r.receipt(), null)));
        return changes;
    }

    private static List<IssueChange> issues(List<StoredEmployees.Issue> before, List<Finding> findings) {
        Map<String, StoredEmployees.Issue> existing = new HashMap<>();
        before.forEach(issue -> existing.put(issue.key(), issue));
        Set<String> kept = new HashSet<>();
        List<IssueChange> changes = new ArrayList<>();
        for (Finding finding : findings) {
            StoredEmployees.Issue issue = existing.get(finding.key());
            if (issue != null && sameAmount(issue.amountImpact(), finding.amountImpact())) {
                kept.add(issue.key());
                IssueState state = issue.resolved() ? IssueState.RESOLVED : IssueState.OPEN;
                changes.add(new IssueChange(finding.flag().name(), finding.detail(), state, state));
            } else {
                changes.add(new IssueChange(finding.flag().name(), finding.detail(),
                        issue == null ? IssueState.NONE : issue.resolved() ? IssueState.RESOLVED : IssueState.OPEN,
                        IssueState.OPEN));
                if (issue != null) {
                    kept.add(issue.key());
                }
            }
        }
        before.stream().filter(issue -> !kept.contains(issue.key())).forEach(issue -> changes.add(new IssueChange(
                issue.flag(), issue.detail(), issue.resolved() ? IssueState.RESOLVED : IssueState.OPEN,
                IssueState.NONE)));
        return changes;
    }

    private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
