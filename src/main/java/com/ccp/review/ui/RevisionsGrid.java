package com.ccp.review.ui;

import com.ccp.base.Formats;
import com.ccp.employee.EmployeeDetail;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** An employee's revision history: what changed, old → new, by whom, when. */
final class RevisionsGrid {

    private RevisionsGrid() {
    }

    static Grid<EmployeeDetail.RevisionLine> of(List<EmployeeDetail.RevisionLine> revisions) {
        Grid<EmployeeDetail.RevisionLine> grid = new Grid<>();
        grid.setId("revisions-grid");
        grid.addColumn(EmployeeDetail.RevisionLine::revision).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(EmployeeDetail.RevisionLine::createdBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(EmployeeDetail.RevisionLine::changeSummary).setHeader("What changed").setFlexGrow(3);
        grid.addColumn(r -> Formats.money(r.carTotal())).setHeader("CAR total").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> r.previousReceiptTotal() == null ? Formats.money(r.receiptTotal())
                : Formats.money(r.previousReceiptTotal()) + " → " + Formats.money(r.receiptTotal()))
                .setHeader("Receipt total").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setItems(revisions);
        return grid;
    }
}
