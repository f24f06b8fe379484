package com.ccp.review.ui;

import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.employee.EmployeeDetail;
import com.ccp.employee.MatchedBy;
import com.ccp.reconciliation.Flag;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;

/** Every receipt of the employee, with where it was read from and what matched it. */
final class ReceiptsGrid {

    private ReceiptsGrid() {
    }

    static Grid<EmployeeDetail.ReceiptLine> of(List<EmployeeDetail.ReceiptLine> receipts) {
        Grid<EmployeeDetail.ReceiptLine> grid = new Grid<>();
        grid.addColumn(new ComponentRenderer<>(r -> {
            Div source = new Div("v" + r.fileVersion() + " p. " + r.page());
            source.addClassName("secondary");
            return new Div(new Div(r.receiptId()), source);
        })).setHeader("Receipt").setWidth("135px").setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.date())).setHeader("Date").setWidth("7.75rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> {
            Div cell = new Div(new Div(r.merchant()));
            String purpose = r.purpose() != null ? r.purpose() : r.title();
            if (purpose != null) {
                Div line = new Div(purpose);
                line.addClassName("secondary");
                cell.add(line);
            }
            if (!r.attachment()) {
                cell.add(SessionBadges.flag(Flag.MISSING_ATTACHMENT));
            }
            return cell;
        })).setHeader("Merchant").setFlexGrow(2);
        grid.addColumn(r -> Formats.money(r.amount())).setHeader("Amount").setTextAlign(ColumnTextAlign.END)
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(ReceiptsGrid::matchedBy)).setHeader("Matched by").setWidth("100px")
                .setFlexGrow(0);
        grid.setItems(receipts);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("receipts-grid");
        grid.setEmptyStateText("No receipts submitted.");
        return grid;
    }

    static Span matchedBy(EmployeeDetail.ReceiptLine r) {
        if (r.matchedBy() == MatchedBy.RULES) {
            return Badges.of("rules", "success");
        }
        return r.matchedBy() == MatchedBy.LINK ? Badges.of("link", "info") : Badges.of("unmatched", "error");
    }
}
