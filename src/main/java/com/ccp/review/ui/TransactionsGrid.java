package com.ccp.review.ui;

import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.employee.EmployeeDetail;
import com.ccp.employee.EmployeeLink;
import com.ccp.reconciliation.Flag;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Locale;

/**
 * Each CAR transaction next to what matched it: a receipt by the rules (green), a clerk's link
 * (blue), or nothing yet (red, with the closest receipts and why they do not match).
 */
final class TransactionsGrid {

    private TransactionsGrid() {
    }

    static Grid<EmployeeDetail.TransactionLine> of(EmployeeDetail detail) {
        Grid<EmployeeDetail.TransactionLine> grid = new Grid<>();
        grid.addColumn(t -> Formats.date(t.transDate())).setHeader("Date").setWidth("7.75rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(TransactionsGrid::merchant)).setHeader("Merchant and coding")
                .setWidth("150px").setFlexGrow(2);
        grid.addColumn(t -> Formats.money(t.amount())).setHeader("Amount").setTextAlign(ColumnTextAlign.END)
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(t -> receipt(t, detail))).setHeader("Matched by")
                .setWidth("150px").setFlexGrow(2);
        grid.setItems(detail.transactions());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setId("transactions-grid");
        grid.setEmptyStateText("No CAR transactions: this employee is not in the CAR.");
        return grid;
    }

    private static Div merchant(EmployeeDetail.TransactionLine t) {
        Div cell = new Div(new Div(t.merchant()));
        String coding = t.glAccount() != null ? "GL " + t.glAccount()
                : t.job() == null && t.phase() == null && t.costType() == null ? ""
                : "Job " + dash(t.job()) + " · Phase " + dash(t.phase()) + " · Cost type " + dash(t.costType());
        if (!coding.isEmpty()) {
            Div line = new Div(coding);
            line.addClassName("secondary");
            cell.add(line);
        }
        if (!t.coded()) {
            cell.add(SessionBadges.flag(Flag.MISSING_CODING));
        }
        if (t.description() != null) {
            Div description = new Div(t.description());
            description.addClassName("secondary");
            cell.add(description);
        }
        return cell;
    }

    private static Div receipt(EmployeeDetail.TransactionLine t, EmployeeDetail detail) {
        EmployeeDetail.ReceiptLine matched = t.matchedReceipt();
        if (matched != null) {
            Div cell = new Div(Badges.of("rules", "success"), new Span(matched.receiptId()));
            cell.addClassName("matched");
            return cell;
        }
        EmployeeLink link = detail.linkOf(t);
        if (link != null) {
            Div cell = new Div(Badges.of("link · " + link.reason().label().toLowerCase(Locale.ROOT), "info"),
                    new Span(String.join(", ", link.receipts())));
            cell.addClassName("linked");
            return cell;
        }
        Div cell = new Div(Badges.of("no matching receipt", "error"));
        cell.addClassName("unmatched");
        for (EmployeeDetail.Candidate candidate : t.closestReceipts()) {
            EmployeeDetail.ReceiptLine r = candidate.receipt();
            Div line = new Div("Closest: " + r.receiptId() + " · " + Formats.date(r.date()) + " · "
                    + Formats.money(r.amount()) + " — " + candidate.reason());
            line.addClassName("secondary");
            cell.add(line);
        }
        return cell;
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }
}
