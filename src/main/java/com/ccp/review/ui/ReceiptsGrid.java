package com.ccp.review.ui;

import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Formats;
import com.ccp.review.EmployeeDetail;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;

/** Every receipt of the employee, with where it was read from. */
final class ReceiptsGrid {

    private ReceiptsGrid() {
    }

    static Grid<EmployeeDetail.ReceiptLine> of(List<EmployeeDetail.ReceiptLine> receipts) {
        Grid<EmployeeDetail.ReceiptLine> grid = new Grid<>();
        grid.addColumn(EmployeeDetail.ReceiptLine::receiptId).setHeader("Receipt ID").setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.date())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(EmployeeDetail.ReceiptLine::merchant).setHeader("Merchant").setAutoWidth(true);
        grid.addColumn(r -> Formats.money(r.amount())).setHeader("Amount").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> r.purpose() != null ? r.purpose() : r.title() != null ? r.title() : "").setHeader("Purpose")
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(r -> r.attachment()
                ? new Span(r.attachmentPages() + (r.attachmentPages() == 1 ? " page" : " pages"))
                : Badges.flag("MISSING_ATTACHMENT"))).setHeader("Attachment").setAutoWidth(true);
        grid.addColumn(r -> "v" + r.fileVersion() + " p. " + r.page()).setHeader("Source").setAutoWidth(true);
        grid.setItems(receipts);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("receipts-grid");
        grid.setEmptyStateText("No receipts submitted.");
        return grid;
    }
}
