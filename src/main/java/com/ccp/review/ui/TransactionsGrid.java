package com.ccp.review.ui;

import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Formats;
import com.ccp.review.EmployeeDetail;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;

/** Each CAR transaction next to its matched receipt, or marked unmatched with the closest receipts. */
final class TransactionsGrid {

    private TransactionsGrid() {
    }

    static Grid<EmployeeDetail.TransactionLine> of(List<EmployeeDetail.TransactionLine> transactions) {
        Grid<EmployeeDetail.TransactionLine> grid = new Grid<>();
        grid.addColumn(t -> Formats.date(t.transDate())).setHeader("Date").setWidth("110px").setFlexGrow(0);
        grid.addColumn(EmployeeDetail.TransactionLine::merchant).setHeader("Merchant").setWidth("220px")
                .setFlexGrow(2);
        grid.addColumn(t -> Formats.money(t.amount())).setHeader("Amount").setTextAlign(ColumnTextAlign.END)
                .setWidth("110px").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(TransactionsGrid::coding)).setHeader("Coding").setWidth("260px")
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(TransactionsGrid::receipt)).setHeader("Matched receipt")
                .setWidth("300px").setFlexGrow(3);
        grid.setItems(transactions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setId("transactions-grid");
        grid.setEmptyStateText("No CAR transactions: this employee is not in the CAR.");
        return grid;
    }

    private static Div coding(EmployeeDetail.TransactionLine t) {
        String coding = t.glAccount() != null ? "GL " + t.glAccount()
                : t.job() == null && t.phase() == null && t.costType() == null ? ""
                : "Job " + dash(t.job()) + " · Phase " + dash(t.phase()) + " · Cost type " + dash(t.costType());
        Div cell = new Div();
        if (!coding.isEmpty()) {
            cell.add(new Span(coding));
        }
        if (!t.coded()) {
            cell.add(Badges.flag("MISSING_CODING"));
        }
        if (t.description() != null) {
            Div description = new Div(t.description());
            description.addClassName("secondary");
            cell.add(description);
        }
        return cell;
    }

    private static Div receipt(EmployeeDetail.TransactionLine t) {
        EmployeeDetail.ReceiptLine matched = t.matchedReceipt();
        if (matched != null) {
            Div cell = new Div(new Span(matched.receiptId() + " · " + Formats.date(matched.date()) + " · "
                    + matched.merchant() + " · " + Formats.money(matched.amount())));
            cell.addClassName("matched");
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
