package com.ccp.export.ui;

import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.export.ExportBatch;
import com.ccp.export.ExportFileKind;
import com.ccp.export.ExportJobs;
import com.ccp.export.ExportMode;
import com.ccp.export.ExportService;
import com.ccp.processing.SessionAction;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionStateMachine;
import com.ccp.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Optional;

/**
 * The export part of the session page: the open exceptions downloads (any time), the export
 * history with re-download of every batch and, for an admin, void. The export button is offered
 * only where the service would allow the export; downloads stay after the session is closed.
 */
public class ExportPanel extends Div {

    private final ExportService exports;
    private final ExportJobs jobs;
    private final Actor actor;
    private final Runnable changed;
    private final Grid<ExportBatch> history = new Grid<>();
    private final Span empty = new Span("No export yet.");
    private final Div openExceptions = new Div();
    private final Paragraph oldTool = new Paragraph("Imported from the old tool, which already sent these employees to"
            + " pVault. There are no report files here to build a pVault package from, so this session is not"
            + " exported; its open exceptions can still be downloaded.");
    private final Button showAll = new Button();
    private List<ExportBatch> batches = List.of();
    private boolean allShown;
    private String sessionId = "";

    /** {@code changed} re-renders the session page after an export or a void. */
    public ExportPanel(ExportService exports, ExportJobs jobs, Actor actor, Runnable changed) {
        this.exports = exports;
        this.jobs = jobs;
        this.actor = actor;
        this.changed = changed;
        setId("export-panel");
        addClassName("export-panel");
        setWidthFull();
        openExceptions.addClassName("export-links");
        showAll.setId("export-show-all");
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showAll.addClassName(com.ccp.security.ui.ReadOnlyActions.NAVIGATION);
        showAll.addClickListener(click -> {
            allShown = !allShown;
            showHistory();
        });
        HorizontalLayout head = new HorizontalLayout(new H3("Exports"), empty, openExceptions, showAll);
        head.addClassName("export-head");
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);
        head.setWidthFull();
        empty.addClassName("muted");
        empty.setId("export-history-empty");
        configureHistory();
        oldTool.setId("export-sent-by-old-tool");
        oldTool.addClassName("muted");
        oldTool.setVisible(false);
        add(head, oldTool, history);
    }

    /** Shows the session's exports; called whenever the session page renders. */
    public void show(SessionDetails session) {
        sessionId = session.id();
        Anchor csv = ExportDownloads.openExceptions(exports, actor, sessionId, ExportFileKind.EXCEPTIONS_CSV, "CSV");
        csv.setId("open-exceptions-csv");
        Anchor pdf = ExportDownloads.openExceptions(exports, actor, sessionId, ExportFileKind.EXCEPTIONS_PDF, "PDF");
        pdf.setId("open-exceptions-pdf");
        openExceptions.removeAll();
        openExceptions.add(new Span("Open exceptions now:"), csv, pdf);
        batches = exports.history(actor, sessionId);
        showHistory();
        boolean legacy = exports.sentByOldTool(actor, sessionId);
        oldTool.setVisible(legacy);
        empty.setVisible(batches.isEmpty() && !legacy);
    }

    /** The newest batch only, unless the clerk asked for all; the button says how many there are. */
    private void showHistory() {
        history.setItems(allShown ? batches : batches.stream().limit(1).toList());
        history.setVisible(!batches.isEmpty());
        showAll.setVisible(batches.size() > 1);
        showAll.setText(allShown ? "Show the last only" : "Show all (" + batches.size() + ")");
    }

    /** The "Export…" button, where the actor may export this session now. */
    public Optional<Button> exportButton(SessionDetails session) {
        if (!SessionStateMachine.allows(session.status(), SessionAction.EXPORT,
                actor.isAdmin()) || exports.sentByOldTool(actor, session.id())) {
            return Optional.empty();
        }
        Button button = new Button("Export to pVault…", VaadinIcon.EXTERNAL_LINK.create(),
                click -> new ExportDialog(exports, jobs, actor, session.id(), changed).open());
        button.setId("open-export");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Optional.of(button);
    }

    private void configureHistory() {
        history.addComponentColumn(this::batch).setHeader("Batch").setWidth("6rem").setFlexGrow(0);
        history.addColumn(b -> Formats.dateTime(b.createdAt())).setHeader("Exported").setWidth("9rem")
                .setFlexGrow(0);
        history.addColumn(ExportBatch::createdBy).setHeader("By").setWidth("4.5rem").setFlexGrow(1)
                .setTooltipGenerator(ExportBatch::createdBy);
        history.addComponentColumn(b -> Badges.of(b.mode() == ExportMode.DELTA ? "new/changed" : "all",
                "info")).setHeader("Mode").setWidth("8rem").setFlexGrow(0);
        history.addColumn(ExportBatch::employees).setHeader("Employees").setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem").setFlexGrow(0);
        history.addColumn(ExportBatch::transactions).setHeader("Transactions").setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem").setFlexGrow(0);
        history.addColumn(ExportBatch::exceptions).setHeader("Exceptions").setTextAlign(ColumnTextAlign.END)
                .setWidth("6.5rem").setFlexGrow(0);
        history.addComponentColumn(b -> {
            Div links = new Div(ExportDownloads.batchFile(exports, actor, b.batchId(), ExportFileKind.PVAULT, "ZIP"),
                    ExportDownloads.batchFile(exports, actor, b.batchId(), ExportFileKind.EXCEPTIONS_CSV, "CSV"),
                    ExportDownloads.batchFile(exports, actor, b.batchId(), ExportFileKind.EXCEPTIONS_PDF, "PDF"));
            links.addClassName("export-links");
            return links;
        }).setHeader("Files").setWidth("12rem").setFlexGrow(1);
        if (actor.isAdmin() && !actor.impersonating()) {
            history.addComponentColumn(this::voidButton).setHeader("").setWidth("5rem").setFlexGrow(0);
        }
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setId("export-history");
    }

    private Span voidButton(ExportBatch batch) {
        Span holder = new Span();
        if (batch.status() == ExportBatch.Status.DONE) {
            Button button = new Button("Void…", click -> new VoidBatchDialog(exports, actor, batch, changed).open());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            holder.add(button);
        }
        return holder;
    }

    /** The batch's number in the session; a voided one says so beside it. */
    private Span batch(ExportBatch batch) {
        Span number = new Span(String.valueOf(batches.size() - batches.indexOf(batch)));
        if (batch.status() == ExportBatch.Status.DONE) {
            return number;
        }
        return new Span(number, new Span(" "), voided(batch));
    }

    private static Span voided(ExportBatch batch) {
        Span voided = Badges.of("voided", "neutral");
        voided.setTitle("Voided by " + batch.voidedBy() + " on " + Formats.dateTime(batch.voidedAt()) + ": "
                + batch.voidReason());
        return voided;
    }
}
