package com.ccp.delta.ui;

import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.delta.AcceptPreview.IssueChange;
import com.ccp.delta.AcceptPreview.IssueState;
import com.ccp.delta.AcceptPreview.ReceiptChange;
import com.ccp.delta.AcceptPreview;
import com.ccp.report.Receipt;
import com.ccp.review.ui.SessionBadges;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A change opened in the comparison: what accepting it adds, changes and removes, and the flags before → after. */
final class AcceptPreviewView {

    private AcceptPreviewView() {
    }

    static Div of(AcceptPreview preview) {
        Div box = new Div();
        box.addClassName("accept-preview");
        box.setId("preview-" + preview.employeeId());

        Div flags = new Div(new Span("Open flags now"), flagBadges(preview.openFlagsBefore()), new Span("→"),
                new Span("after accepting"), flagBadges(preview.openFlagsAfter()));
        flags.addClassName("preview-flags");
        flags.setId("preview-flags-" + preview.employeeId());
        box.add(flags);

        H4 receiptsTitle = new H4(preview.receipts().isEmpty() ? "No receipt differs"
                : receiptsHeading(preview.receipts()));
        box.add(receiptsTitle);
        Div receipts = new Div();
        receipts.addClassName("preview-receipts");
        preview.receipts().forEach(change -> receipts.add(receiptLine(change)));
        box.add(receipts);

        List<IssueChange> changing = preview.issues().stream().filter(i -> i.before() != i.after()).toList();
        if (!changing.isEmpty()) {
            box.add(new H4("Issues"));
            Div issues = new Div();
            issues.addClassName("preview-issues");
            changing.forEach(issue -> issues.add(issueLine(issue)));
            box.add(issues);
        }
        long kept = preview.issues().stream().filter(i -> i.before() == i.after()).count();
        if (kept > 0) {
            Span same = new Span(kept == 1 ? "1 other issue stays as it is."
                    : kept + " other issues stay as they are.");
            same.addClassName("muted");
            box.add(new Div(same));
        }
        return box;
    }

    private static String receiptsHeading(List<ReceiptChange> changes) {
        List<String> parts = new ArrayList<>();
        count(parts, changes, AcceptPreview.ReceiptKind.ADDED, "new");
        count(parts, changes, AcceptPreview.ReceiptKind.CHANGED, "changed");
        count(parts, changes, AcceptPreview.ReceiptKind.REMOVED, "removed");
        return "Receipts: " + String.join(", ", parts);
    }

    private static void count(List<String> parts, List<ReceiptChange> changes, AcceptPreview.ReceiptKind kind,
            String word) {
        long n = changes.stream().filter(c -> c.kind() == kind).count();
        if (n > 0) {
            parts.add(n + " " + word);
        }
    }

    private static Div receiptLine(ReceiptChange change) {
        Span kind = switch (change.kind()) {
            case ADDED -> Badges.of("new", "success");
            case CHANGED -> Badges.of("changed", "primary");
            case REMOVED -> Badges.of("removed", "error");
        };
        Div line = new Div(kind, new Span(change.receiptId()));
        line.addClassName("preview-receipt");
        Receipt before = change.before();
        Receipt after = change.after();
        if (change.kind() == AcceptPreview.ReceiptKind.CHANGED && before != null && after != null) {
            line.add(new Span(differences(before, after)));
        } else {
            line.add(new Span(describe(Objects.requireNonNull(after == null ? before : after))));
        }
        return line;
    }

    private static String describe(Receipt receipt) {
        return Formats.date(receipt.date()) + " · " + receipt.merchant() + " · " + Formats.money(receipt.amount());
    }

    /** Only what differs: "amount $20.00 → $25.00; merchant Hotel → Hotel Inn". */
    private static String differences(Receipt before, Receipt after) {
        List<String> parts = new ArrayList<>();
        if (before.amount().compareTo(after.amount()) != 0) {
            parts.add("amount " + Formats.money(before.amount()) + " → " + Formats.money(after.amount()));
        }
        if (!before.date().equals(after.date())) {
            parts.add("date " + Formats.date(before.date()) + " → " + Formats.date(after.date()));
        }
        differs(parts, "merchant", before.merchant(), after.merchant());
        differs(parts, "coding", coding(before), coding(after));
        if (before.attachment() != after.attachment()) {
            parts.add(after.attachment() ? "image now attached" : "image no longer attached");
        }
        return parts.isEmpty() ? describe(after) + " (printed elsewhere, same content)"
                : describe(after) + " — " + String.join("; ", parts);
    }

    private static String coding(Receipt receipt) {
        return String.join(" / ", java.util.stream.Stream.of(receipt.address(), receipt.title(), receipt.purpose())
                .filter(Objects::nonNull).toList());
    }

    private static void differs(List<String> parts, String what, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            parts.add(what + " " + (before == null || before.isBlank() ? "—" : before) + " → "
                    + (after == null || after.isBlank() ? "—" : after));
        }
    }

    private static Div issueLine(IssueChange issue) {
        Span what = new Span(change(issue.before(), issue.after()));
        what.addClassName("preview-issue-change");
        Div line = new Div(SessionBadges.flag(issue.flag()), what, new Span(Formats.datesIn(issue.detail())));
        line.addClassName("preview-issue");
        return line;
    }

    /** What accepting does to one issue, in a clerk's words. */
    private static String change(IssueState before, IssueState after) {
        if (after == IssueState.NONE) {
            return before == IssueState.RESOLVED ? "goes away (was resolved)" : "goes away";
        }
        if (before == IssueState.NONE) {
            return "new, open";
        }
        return before == IssueState.RESOLVED ? "opens again (amount changed)" : "stays open, amount changed";
    }

    private static Div flagBadges(Set<String> flags) {
        Div badges = new Div();
        badges.addClassName("flag-list");
        if (flags.isEmpty()) {
            badges.add(Badges.of("none", "success"));
        }
        flags.forEach(flag -> badges.add(SessionBadges.flag(flag)));
        return badges;
    }
}
