package com.ccp.admin.ui;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Notifications;
import com.ccp.ingestion.ProfileCheck;
import com.ccp.ingestion.ProfileCheckService;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.ingestion.UploadedFile;
import com.ccp.security.Actor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Check against a PDF": reads an uploaded sample with the profile text in the editor, saved or
 * not, off the UI thread, and shows what it read. Nothing is stored.
 */
class ProfileCheckPanel {

    private static final Logger log = LoggerFactory.getLogger(ProfileCheckPanel.class);
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("employeeId", "Employee ID"),
            Map.entry("name", "Name"), Map.entry("cardLast4", "Card"), Map.entry("transDate", "Trans date"),
            Map.entry("postDate", "Post date"), Map.entry("reference", "Reference"), Map.entry("merchant", "Merchant"),
            Map.entry("amount", "Amount"), Map.entry("coded", "Coded"), Map.entry("page", "Page"),
            Map.entry("receiptId", "Receipt ID"), Map.entry("date", "Date"), Map.entry("attachment", "Attachment"));

    private final ProfileCheckService checks;
    private final Actor actor;
    private final Supplier<String> document;
    private final Consumer<AppException> invalidProfile;
    private final Upload upload;
    private final Button again = new Button("Check again", VaadinIcon.REFRESH.create());
    private final Div summary = new Div();
    private final VerticalLayout details = new VerticalLayout();
    private final VerticalLayout controls = new VerticalLayout();
    private @Nullable UploadedFile file;
    /** The sample being read: a new upload replaces it only once the check is done with it. */
    private @Nullable UploadedFile checking;

    /**
     * @param document the profile text to check (the editor's)
     * @param invalidProfile shows the problems of a document that is not a valid profile
     */
    ProfileCheckPanel(ProfileCheckService checks, UploadReceiver uploads, Actor actor, Supplier<String> document,
            Consumer<AppException> invalidProfile) {
        this.checks = checks;
        this.actor = actor;
        this.document = document;
        this.invalidProfile = invalidProfile;
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try {
                UploadedFile received = uploads.receive(event.getInputStream(), event.getFileName(), "file");
                ui.access(() -> {
                    replace(received);
                    check();
                });
            } catch (AppException e) {
                event.reject(e.getMessage());
                ui.access(() -> showFailure(e.getMessage()));
            }
        };
        upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setId("profile-check-upload");
        upload.addFileRemovedListener(e -> replace(null));
        again.setId("profile-check-again");
        again.setEnabled(false);
        again.addClickListener(click -> check());
        summary.setId("profile-check-summary");
        summary.addClassName("profile-check-summary");
        Span hint = new Span("Reads a sample PDF with the text in the editor, saved or not. Nothing is stored.");
        hint.addClassName("hint");
        controls.setPadding(false);
        controls.setSpacing(false);
        controls.add(new H3("Check against a PDF"), hint, upload, again, summary);
        details.setPadding(false);
        details.setId("profile-check-details");
        details.setVisible(false);
    }

    /** The upload and the figures read. */
    VerticalLayout controls() {
        return controls;
    }

    /** The warnings and the first records read, wide grids. */
    VerticalLayout details() {
        return details;
    }

    /** Forgets the sample and what was read (another profile was opened, or the panel left). */
    void reset() {
        replace(null);
        upload.clearFileList();
        summary.removeAll();
        details.removeAll();
        details.setVisible(false);
    }

    private void replace(@Nullable UploadedFile next) {
        if (file != null && file != checking) {
            file.close();
        }
        file = next;
        again.setEnabled(next != null);
    }

    private void check() {
        UploadedFile sample = file;
        if (sample == null) {
            return;
        }
        String text = document.get();
        UI ui = UI.getCurrent();
        again.setEnabled(false);
        checking = sample;
        summary.removeAll();
        summary.add(new Span("Reading " + sample.displayName() + "…"));
        details.removeAll();
        details.setVisible(false);
        CompletableFuture.supplyAsync(() -> checks.check(actor, text, sample)).whenComplete((result, error) ->
                ui.access(() -> {
                    checking = null;
                    if (sample != file) {
                        sample.close();
                    }
                    again.setEnabled(file != null);
                    if (error == null) {
                        show(sample, result);
                        return;
                    }
                    Throwable cause = error.getCause() == null ? error : error.getCause();
                    if (cause instanceof AppException app && app.code() == ErrorCode.BAD_INPUT
                            && app.details().containsKey("problems")) {
                        summary.removeAll();
                        summary.add(new Span("Not checked: the profile in the editor is not valid."));
                        invalidProfile.accept(app);
                    } else if (cause instanceof AppException app) {
                        showFailure(app.getMessage());
                    } else {
                        log.error("Checking a profile failed", cause);
                        showFailure("The check failed. Tell support the time of the error.");
                        Notifications.error("The check failed. Tell support the time of the error.");
                    }
                }));
    }

    private void showFailure(String message) {
        summary.removeAll();
        Span heading = new Span("This profile cannot read the PDF:");
        heading.addClassName("profile-problems-title");
        Span failure = new Span(message);
        failure.setId("profile-check-error");
        Div box = new Div(heading, failure);
        box.addClassNames("failure", "profile-problems");
        summary.add(box);
    }

    private void show(UploadedFile sample, ProfileCheck check) {
        summary.removeAll();
        boolean car = "CAR".equals(check.kind());
        Span badge = check.totalsAgree() ? Badges.of("totals agree", "success") : Badges.of("totals differ", "error");
        badge.setId("profile-check-totals");
        Div facts = new Div();
        facts.addClassName("check-facts");
        String fileName = sample.originalName();
        fact(facts, "File", fileName == null || fileName.isBlank() ? "the uploaded file" : fileName);
        fact(facts, "Period", check.period());
        fact(facts, "Company", check.company());
        fact(facts, "Pages", String.valueOf(check.pages()));
        fact(facts, car ? "Cardholders" : "Employees", String.valueOf(check.sections()));
        fact(facts, car ? "Transactions" : "Receipts", String.valueOf(check.records()));
        fact(facts, "Total read", Formats.money(check.total()));
        fact(facts, car ? "Printed report total" : "Printed totals", printed(check.printedTotal()));
        fact(facts, "Warnings", String.valueOf(check.warnings().size()));
        summary.add(badge, facts);

        Grid<ProfileCheck.Warning> warnings = new Grid<>();
        warnings.addColumn(ProfileCheck.Warning::page).setHeader("Page").setAutoWidth(true).setFlexGrow(0);
        warnings.addColumn(ProfileCheck.Warning::message).setHeader("Warning").setFlexGrow(1)
                .setTooltipGenerator(ProfileCheck.Warning::message);
        warnings.setItems(check.warnings());
        warnings.setId("profile-check-warnings");
        Grid<Map<String, Object>> first = new Grid<>();
        if (!check.first().isEmpty()) {
            for (String key : check.first().get(0).keySet()) {
                Grid.Column<Map<String, Object>> column = first.addColumn(r -> text(r.get(key)))
                        .setHeader(HEADERS.getOrDefault(key, key)).setAutoWidth(true).setFlexGrow(0);
                if (key.equals("amount") || key.equals("page")) {
                    column.setTextAlign(ColumnTextAlign.END);
                } else if (key.equals("merchant") || key.equals("name")) {
                    column.setAutoWidth(false).setWidth(key.equals("name") ? "10em" : "14em").setFlexGrow(1)
                            .setTooltipGenerator(r -> text(r.get(key)));
                }
            }
        }
        first.setItems(check.first());
        first.setId("profile-check-first");
        for (Grid<?> grid : List.of(warnings, first)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
        }
        details.removeAll();
        details.add(new H4("Warnings, with their page (" + check.warnings().size() + ")"));
        if (check.warnings().isEmpty()) {
            Span none = new Span("No warnings.");
            none.addClassName("hint");
            details.add(none);
        } else {
            details.add(warnings);
        }
        details.add(new H4("The first " + check.first().size() + " " + (car ? "transactions" : "receipts") + " read"),
                first);
        details.setVisible(true);
    }

    private static String printed(@Nullable BigDecimal amount) {
        return amount == null ? "not printed" : Formats.money(amount);
    }

    private static String text(@Nullable Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return value == null ? "" : value.toString();
    }

    private static void fact(Div facts, String label, String value) {
        Span name = new Span(label);
        name.addClassName("check-fact-label");
        Span shown = new Span(value);
        shown.addClassName("check-fact-value");
        shown.setId("check-" + label.toLowerCase().replace(' ', '-'));
        facts.add(name, shown);
    }
}
