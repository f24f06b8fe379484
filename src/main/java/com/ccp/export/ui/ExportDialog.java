package com.ccp.export.ui;

import com.ccp.base.AppException;
import com.ccp.base.Formats;
import com.ccp.base.ui.Notifications;
import com.ccp.export.DuplicateTransaction;
import com.ccp.export.ExportBatch;
import com.ccp.export.ExportFileKind;
import com.ccp.export.ExportJobs;
import com.ccp.export.ExportMode;
import com.ccp.export.ExportPreview;
import com.ccp.export.ExportService;
import com.ccp.security.Actor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.concurrent.CompletionException;

/**
 * The export dialog: what would go out (new, changed, already exported, not ready) before anything
 * is written, the mode, duplicates with an explicit "export anyway", then the download links.
 */
class ExportDialog extends Dialog {

    private final ExportService exports;
    private final ExportJobs jobs;
    private final Actor actor;
    private final String sessionId;
    private final Runnable exported;
    private final RadioButtonGroup<ExportMode> mode = new RadioButtonGroup<>();
    private final Div body = new Div();
    private final Checkbox anyway = new Checkbox("Export anyway: I checked these transactions");
    private final Button export = new Button("Export");
    private final Button cancel = new Button("Cancel", click -> close());
    private ExportPreview preview;

    ExportDialog(ExportService exports, ExportJobs jobs, Actor actor, String sessionId, Runnable exported) {
        this.exports = exports;
        this.jobs = jobs;
        this.actor = actor;
        this.sessionId = sessionId;
        this.exported = exported;
        setHeaderTitle("Export to pVault");
        setId("export-dialog");
        setWidth("860px");
        addClassName("export-dialog");
        mode.setLabel("What to send");
        mode.setItems(ExportMode.DELTA, ExportMode.ALL);
        mode.setItemLabelGenerator(m -> m == ExportMode.DELTA ? "New and changed employees only"
                : "Every ready employee (all)");
        mode.setValue(ExportMode.DELTA);
        mode.setId("export-mode");
        mode.addValueChangeListener(change -> showPreview());
        anyway.setId("export-anyway");
        anyway.addValueChangeListener(change -> updateExportButton());
        export.setId("export-confirm");
        cancel.setId("export-cancel");
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.addClickListener(click -> start());
        add(mode, body);
        getFooter().add(cancel, export);
        preview = exports.preview(actor, sessionId, ExportMode.DELTA);
        render();
    }

    private void showPreview() {
        preview = exports.preview(actor, sessionId, mode.getValue());
        anyway.setValue(false);
        render();
    }

    private void render() {
        body.removeAll();
        Div cards = new Div(card(preview.newEmployees(), "new"), card(preview.changedEmployees(), "changed"),
                card(preview.alreadyExported(), "already exported"), card(preview.notReady(), "not ready"));
        cards.addClassName("export-cards");
        Paragraph summary = new Paragraph(summary(preview));
        summary.setId("export-summary");
        Paragraph outcome = new Paragraph(preview.willExport() == 0
                ? "Nothing to send: " + (mode.getValue() == ExportMode.DELTA
                        ? "every ready employee's current revision is already exported." : "no employee is ready.")
                : preview.willExport() + (preview.willExport() == 1 ? " employee" : " employees")
                        + " will be exported. Not-ready employees stay out of the package and are listed in the"
                        + " exceptions report.");
        outcome.setId("export-will");
        outcome.addClassName(preview.willExport() == 0 ? "export-nothing" : "export-will");
        body.add(cards, summary, outcome);
        if (!preview.duplicates().isEmpty()) {
            body.add(duplicates());
        }
        updateExportButton();
    }

    private Div duplicates() {
        Span title = new Span(preview.duplicates().size() + (preview.duplicates().size() == 1 ? " transaction was"
                : " transactions were") + " already exported from another session (same Reference Number).");
        title.addClassName("export-warning-title");
        Grid<DuplicateTransaction> grid = new Grid<>();
        grid.addColumn(DuplicateTransaction::reference).setHeader("Reference").setAutoWidth(true);
        grid.addColumn(d -> d.name() + " (" + d.employeeId() + ")").setHeader("Employee").setFlexGrow(2);
        grid.addColumn(d -> Formats.date(d.transDate())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(d -> Formats.money(d.amount())).setHeader("Amount").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(DuplicateTransaction::otherSessionName).setHeader("Exported in").setFlexGrow(1);
        grid.setItems(preview.duplicates());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(preview.duplicates().size() <= 6);
        grid.setHeight(preview.duplicates().size() <= 6 ? null : "220px");
        grid.setId("export-duplicates");
        Div box = new Div(title, grid, anyway);
        box.addClassName("export-warning");
        return box;
    }

    private void updateExportButton() {
        export.setText(preview.willExport() == 0 ? "Export" : "Export " + preview.willExport()
                + (preview.willExport() == 1 ? " employee" : " employees"));
        export.setEnabled(preview.willExport() > 0 && (preview.duplicates().isEmpty() || anyway.getValue()));
    }

    private void start() {
        UI ui = UI.getCurrent();
        export.setEnabled(false);
        mode.setEnabled(false);
        anyway.setEnabled(false);
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        body.add(new Span("Writing the package and the exceptions report…"), progress);
        jobs.export(actor, sessionId, mode.getValue(), anyway.getValue()).whenComplete((batch, failure) ->
                ui.access(() -> {
                    if (failure == null) {
                        done(batch);
                    } else {
                        failed(failure instanceof CompletionException c && c.getCause() != null ? c.getCause()
                                : failure);
                    }
                }));
    }

    private void done(ExportBatch batch) {
        body.removeAll();
        mode.setVisible(false);
        Paragraph result = new Paragraph("Exported " + batch.employees() + " employees, " + batch.transactions()
                + " transactions and " + batch.exceptions() + " exceptions (batch " + batch.batchId() + ").");
        result.setId("export-result");
        Div links = new Div(
                withId(ExportDownloads.batchFile(exports, actor, batch.batchId(), ExportFileKind.PVAULT,
                        "pVault package (ZIP)"), "download-pvault"),
                withId(ExportDownloads.batchFile(exports, actor, batch.batchId(), ExportFileKind.EXCEPTIONS_CSV,
                        "Exceptions (CSV)"), "download-exceptions-csv"),
                withId(ExportDownloads.batchFile(exports, actor, batch.batchId(), ExportFileKind.EXCEPTIONS_PDF,
                        "Exceptions (PDF)"), "download-exceptions-pdf"));
        links.addClassName("export-links");
        body.add(result, links, new Paragraph("The files stay in the session's export history."));
        export.setVisible(false);
        cancel.setText("Close");
        Notifications.success("Export batch written.");
        exported.run();
    }

    private void failed(Throwable failure) {
        mode.setEnabled(true);
        anyway.setEnabled(true);
        Notifications.error(failure instanceof AppException app ? app.getMessage()
                : "The export failed and nothing was kept; tell support the time of the error.");
        showPreview();
    }

    private static <T extends com.vaadin.flow.component.Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    private static String summary(ExportPreview p) {
        return p.newEmployees() + " new " + plural(p.newEmployees()) + ", " + p.changedEmployees()
                + " changed since their last export, " + p.alreadyExported() + " already exported, " + p.notReady()
                + " not ready" + (p.noDocuments() == 0 ? "" : ", " + p.noDocuments() + " with nothing left to send"
                + " (their receipts were removed by a replacement report)");
    }

    private static String plural(int count) {
        return count == 1 ? "employee" : "employees";
    }

    private static Div card(int value, String label) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("card-value");
        Span caption = new Span(label);
        caption.addClassName("card-label");
        Div card = new Div(number, caption);
        card.addClassName("card");
        card.setId("export-count-" + label.replace(' ', '-'));
        return card;
    }
}
