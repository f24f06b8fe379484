package com.ccp.admin.ui;

import com.ccp.admin.LegacyImportResult;
import com.ccp.admin.LegacyImportService;
import com.ccp.admin.LegacyProblem;
import com.ccp.base.AppException;
import com.ccp.base.Formats;
import com.ccp.base.ui.Notifications;
import com.ccp.base.ui.Routes;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.ingestion.UploadedFile;
import com.ccp.security.Actor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Import of the old tool's activity.json, with a report of what was imported or of every bad value. */
class LegacyImportPanel extends VerticalLayout {

    private final LegacyImportService legacy;
    private final Actor actor;
    private final TextField name = new TextField("Session name");
    private final TextField period = new TextField("Statement period");
    private final Button start = new Button("Import");
    private final Div report = new Div();
    private @Nullable UploadedFile file;

    LegacyImportPanel(LegacyImportService legacy, UploadReceiver uploads, Actor actor) {
        this.legacy = legacy;
        this.actor = actor;
        setPadding(false);
        name.setPlaceholder("e.g. March 2025 (imported)");
        name.setWidth("16rem");
        name.setId("legacy-name");
        period.setPlaceholder("YYYY-MM");
        period.setId("legacy-period");
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try {
                UploadedFile received = uploads.receive(event.getInputStream(), event.getFileName(), "file");
                ui.access(() -> replace(received));
            } catch (AppException e) {
                event.reject(e.getMessage());
                ui.access(() -> Notifications.error(e.getMessage()));
            }
        };
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setId("legacy-file");
        upload.addFileRemovedListener(e -> replace(null));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("legacy-import");
        start.setEnabled(false);
        start.addClickListener(click -> importFile());
        report.setId("legacy-report");
        report.addClassName("legacy-report");
        Span hint = new Span("activity.json of the old tool: one COMPLETED session owned by you is created, all or "
                + "nothing.");
        hint.addClassName("hint");
        add(hint, name, period, upload, start, report);
        addDetachListener(e -> replace(null));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void replace(@Nullable UploadedFile next) {
        if (file != null) {
            file.close();
        }
        file = next;
        start.setEnabled(next != null);
    }

    private void importFile() {
        UploadedFile upload = file;
        if (upload == null) {
            return;
        }
        start.setEnabled(false);
        report.removeAll();
        String sessionName = name.getValue();
        String statementPeriod = period.getValue();
        UI ui = UI.getCurrent();
        java.util.concurrent.CompletableFuture.supplyAsync(() -> legacy.importFile(actor, sessionName, statementPeriod,
                upload.path())).whenComplete((result, error) -> ui.access(() -> {
                    start.setEnabled(file != null);
                    if (error == null) {
                        showResult(result);
                    } else if ((error.getCause() == null ? error : error.getCause()) instanceof AppException app) {
                        showRefusal(app);
                    } else {
                        Notifications.error("The import failed; nothing was imported. Tell support the time of the error.");
                    }
                }));
    }

    private void showResult(LegacyImportResult result) {
        Notifications.success("Imported " + count(result.employees(), "employee") + ".");
        UnorderedList facts = new UnorderedList(
                new ListItem(count(result.employees(), "employee") + ", " + count(result.transactions(), "transaction")
                        + ", " + count(result.issues(), "issue")),
                new ListItem("CAR total " + Formats.money(result.carTotal()) + ", receipt total "
                        + Formats.money(result.receiptTotal())));
        result.warnings().forEach(w -> facts.add(new ListItem("Note: " + w)));
        Anchor open = new Anchor(Routes.session(result.sessionId()), "Open the imported session");
        report.add(new Span("Import complete."), facts, open);
    }

    private void showRefusal(AppException refusal) {
        if (!(refusal.details().get("problems") instanceof List<?> problems)) {
            report.add(new Span(refusal.getMessage()));
            return;
        }
        report.add(new Span(count(refusal.details().get("problemCount") instanceof Integer n ? n : problems.size(), "bad value")
                + " in the file; nothing was imported. Correct the file and import it again:"));
        UnorderedList list = new UnorderedList();
        problems.stream().filter(LegacyProblem.class::isInstance).map(LegacyProblem.class::cast)
                .forEach(p -> list.add(new ListItem(p.describe())));
        report.add(list);
    }
}
