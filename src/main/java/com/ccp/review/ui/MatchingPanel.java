package com.ccp.review.ui;

import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.employee.EmployeeDetail;
import com.ccp.employee.EmployeeLink;
import com.ccp.reconciliation.LinkReason;
import com.ccp.reconciliation.Suggestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Transactions and receipts side by side, what the rules matched and what a clerk linked told
 * apart; unmatched items on both sides can be selected and linked ("Link…"), each suggestion
 * accepted in one click, each link removed.
 */
final class MatchingPanel {

    interface Actions {
        void link(List<String> references, List<String> receiptIds, LinkReason reason, String note);

        void unlink(EmployeeLink link);
    }

    private MatchingPanel() {
    }

    static Div of(EmployeeDetail detail, boolean canChange, Actions actions) {
        Grid<EmployeeDetail.TransactionLine> transactions = TransactionsGrid.of(detail);
        Grid<EmployeeDetail.ReceiptLine> receipts = ReceiptsGrid.of(detail.receipts());
        Button link = new Button("Link…", VaadinIcon.LINK.create());
        link.setId("link-button");
        link.setEnabled(false);
        Span selection = new Span("Select unmatched transactions and receipts to link them.");
        selection.addClassName("secondary");
        if (canChange) {
            transactions.setSelectionMode(Grid.SelectionMode.MULTI);
            transactions.setItemSelectableProvider(t -> t.matchedBy() == null);
            receipts.setSelectionMode(Grid.SelectionMode.MULTI);
            receipts.setItemSelectableProvider(r -> r.matchedBy() == null);
            Runnable changed = () -> {
                int t = transactions.getSelectedItems().size();
                int r = receipts.getSelectedItems().size();
                link.setEnabled(t > 0 && r > 0 && (t == 1 || r == 1));
                selection.setText(t + (t == 1 ? " transaction" : " transactions") + " and " + r
                        + (r == 1 ? " receipt" : " receipts") + " selected"
                        + (t > 1 && r > 1 ? " — link one to several, not several to several" : ""));
            };
            transactions.addSelectionListener(e -> changed.run());
            receipts.addSelectionListener(e -> changed.run());
            link.addClickListener(click -> linkDialog(detail,
                    transactions.getSelectedItems().stream().map(EmployeeDetail.TransactionLine::reference).toList(),
                    receipts.getSelectedItems().stream().map(EmployeeDetail.ReceiptLine::receiptId).toList(),
                    actions).open());
        }
        Div left = new Div(new H3("CAR transactions"), transactions);
        left.addClassName("side");
        Div right = new Div(new H3("Receipts"), receipts);
        right.addClassName("side");
        Div sides = new Div(left, right);
        sides.addClassName("side-by-side");
        Div panel = new Div();
        panel.addClassName("matching");
        panel.setId("matching");
        if (canChange) {
            Div toolbar = new Div(link, selection);
            toolbar.addClassName("link-toolbar");
            panel.add(toolbar);
        }
        panel.add(sides, links(detail, canChange, actions));
        return panel;
    }

    /** The suggestions, each with what it links, the reason and difference, and "Accept". */
    static Div suggestions(EmployeeDetail detail, boolean canChange, Actions actions) {
        Div panel = new Div(new H3("Suggested links"));
        panel.addClassName("suggestions");
        panel.setId("suggestions");
        int n = 0;
        for (Suggestion s : detail.suggestions()) {
            String what = describe(detail, s.transactions(), s.receipts())
                    + (s.difference().signum() == 0 ? "" : " — difference " + Formats.money(s.difference()));
            Div row = new Div(Badges.of(s.reason().label(), "info"), new Span(what));
            row.addClassName("issue");
            row.addClassName("suggestion-row");
            if (canChange) {
                Button accept = new Button("Accept", click -> actions.link(s.transactions(), s.receipts(), s.reason(),
                        ""));
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                accept.setId("accept-suggestion-" + n);
                accept.addClassName("accept-suggestion");
                row.add(accept);
            }
            n++;
            panel.add(row);
        }
        return panel;
    }

    private static Div links(EmployeeDetail detail, boolean canChange, Actions actions) {
        Div panel = new Div(new H3("Links"));
        panel.addClassName("links");
        panel.setId("links");
        if (detail.links().isEmpty()) {
            Span none = new Span("No links. The rules matched what they could; link what they could not.");
            none.addClassName("secondary");
            panel.add(none);
        }
        for (EmployeeLink l : detail.links()) {
            Div row = new Div(Badges.of(l.reason().label(), "info"),
                    new Span(describe(detail, l.transactions(), l.receipts())
                            + " · difference " + Formats.money(l.difference())
                            + (l.note() == null ? "" : " · " + l.note()) + " — by " + l.createdBy() + " on "
                            + Formats.dateTime(l.createdAt())));
            row.addClassName("issue");
            row.addClassName("link-row");
            if (canChange) {
                Button unlink = new Button("Unlink", click -> actions.unlink(l));
                unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                unlink.addClassName("unlink-button");
                row.add(unlink);
            }
            panel.add(row);
        }
        return panel;
    }

    /** "OLIVE GARDEN 1234 AUSTIN TX $57.50 on 03/07/2025  ↔  R-004512-002 Olive Garden $50.00" */
    private static String describe(EmployeeDetail detail, List<String> references, List<String> receiptIds) {
        Map<String, EmployeeDetail.TransactionLine> byReference = detail.transactions().stream()
                .collect(Collectors.toMap(EmployeeDetail.TransactionLine::reference, Function.identity(), (a, b) -> a));
        Map<String, EmployeeDetail.ReceiptLine> byId = detail.receipts().stream()
                .collect(Collectors.toMap(EmployeeDetail.ReceiptLine::receiptId, Function.identity(), (a, b) -> a));
        return references.stream().map(reference -> {
            EmployeeDetail.TransactionLine t = byReference.get(reference);
            return t == null ? reference : t.merchant() + " " + Formats.money(t.amount()) + " on "
                    + Formats.date(t.transDate());
        }).collect(Collectors.joining(" + ")) + "  ↔  " + receiptIds.stream().map(id -> {
            EmployeeDetail.ReceiptLine r = byId.get(id);
            return r == null ? id : r.receiptId() + " " + r.merchant() + " " + Formats.money(r.amount());
        }).collect(Collectors.joining(" + "));
    }

    private static NoteDialog<LinkReason> linkDialog(EmployeeDetail detail, List<String> references,
            List<String> receiptIds, Actions actions) {
        return new NoteDialog<>("Link", describe(detail, references, receiptIds) + ". A note is required for Other.", Arrays.asList(LinkReason.values()), LinkReason::label, false,
                "Link", "link", (reason, note) -> actions.link(references, receiptIds, reason, note));
    }
}
