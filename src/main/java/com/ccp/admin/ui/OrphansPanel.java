package com.ccp.admin.ui;

import com.ccp.admin.OrphanReport;
import com.ccp.admin.OrphanService;
import com.ccp.base.Formats;
import com.ccp.base.Texts;
import com.ccp.base.ui.Notifications;
import com.ccp.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Orphaned files and records: look first, then clean. */
class OrphansPanel extends VerticalLayout {

    private final OrphanService orphans;
    private final Actor actor;
    private final Span summary = new Span();
    private final Grid<OrphanReport.StrayFile> files = new Grid<>();
    private final Grid<OrphanReport.MissingFile> records = new Grid<>();
    private final Button clean = new Button("Clean…", VaadinIcon.TRASH.create());
    private int strayFiles;
    private long strayBytes;
    private int cleanableRecords;

    OrphansPanel(OrphanService orphans, Actor actor) {
        this.orphans = orphans;
        this.actor = actor;
        setPadding(false);
        Button scan = new Button("Look for orphans", VaadinIcon.SEARCH.create(), click -> scan());
        scan.setId("orphans-scan");
        clean.addThemeVariants(ButtonVariant.LUMO_ERROR);
        clean.setId("orphans-clean");
        clean.setEnabled(false);
        clean.addClickListener(click -> confirmClean());
        summary.setId("orphans-summary");
        files.addColumn(f -> f.area().name().toLowerCase()).setHeader("Area").setAutoWidth(true);
        files.addColumn(OrphanReport.StrayFile::name).setHeader("File").setFlexGrow(1);
        files.addColumn(f -> Bytes.format(f.bytes())).setHeader("Size").setAutoWidth(true);
        files.addColumn(f -> Formats.dateTime(f.modifiedAt())).setHeader("Modified").setAutoWidth(true);
        records.addColumn(r -> r.kind() == OrphanReport.Kind.SESSION_FILE ? "upload" : "export").setHeader("Record")
                .setAutoWidth(true);
        records.addColumn(OrphanReport.MissingFile::sessionId).setHeader("Session").setAutoWidth(true);
        records.addColumn(OrphanReport.MissingFile::file).setHeader("Missing file").setFlexGrow(1);
        records.addColumn(r -> r.cleanable() ? "removed by Clean" : "kept (export audit)").setHeader("On clean")
                .setAutoWidth(true);
        for (Grid<?> grid : java.util.List.of(files, records)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
        }
        Span hint = new Span("Files changed in the last hour are left out: an upload is stored before its record.");
        hint.addClassName("hint");
        add(new HorizontalLayout(scan, clean), summary, hint, new H3("Files without a record"), files,
                new H3("Records without a file"), records);
    }

    private void scan() {
        Background.run(this, () -> orphans.orphans(actor), report -> {
            if (report == null) {
                return;
            }
            files.setItems(report.filesWithoutRecord());
            records.setItems(report.recordsWithoutFile());
            summary.setText(Texts.count(report.filesWithoutRecord().size(), "file") + " without a record ("
                    + Bytes.format(report.strayBytes()) + "), "
                    + Texts.count(report.recordsWithoutFile().size(), "record") + " without a file.");
            strayFiles = report.filesWithoutRecord().size();
            strayBytes = report.strayBytes();
            cleanableRecords = (int) report.recordsWithoutFile().stream().filter(OrphanReport.MissingFile::cleanable)
                    .count();
            clean.setEnabled(!report.filesWithoutRecord().isEmpty()
                    || report.recordsWithoutFile().stream().anyMatch(OrphanReport.MissingFile::cleanable));
        });
    }

    /** Deleting is final: say what goes before it goes. */
    private void confirmClean() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("orphans-confirm");
        confirm.setHeader("Delete the orphans?");
        confirm.setText(Texts.count(strayFiles, "file") + " without a record (" + Bytes.format(strayBytes)
                + ") will be deleted from disk and " + Texts.count(cleanableRecords, "record")
                + " without a file removed. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> clean());
        confirm.open();
    }

    private void clean() {
        clean.setEnabled(false);
        Background.run(this, () -> orphans.clean(actor), done -> {
            if (done != null) {
                Notifications.success(Texts.count(done.filesDeleted(), "file") + " (" + Bytes.format(done.bytesFreed())
                        + ") and " + Texts.count(done.recordsDeleted(), "record") + " deleted.");
            }
            scan();
        });
    }
}
