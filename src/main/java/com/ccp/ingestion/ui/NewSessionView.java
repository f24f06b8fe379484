package com.ccp.ingestion.ui;

import com.ccp.base.AppException;
import com.ccp.base.Formats;
import com.ccp.base.ui.Notifications;
import com.ccp.base.ui.Routes;
import com.ccp.ingestion.IngestionService;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.ingestion.UploadedFile;
import com.ccp.profile.ProfileService;
import com.ccp.report.ProfileKind;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.security.ui.ReadOnlyActions;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.util.List;

/** A new session: a name, an optional period, the CAR and the receipt report. */
@Route(Routes.NEW_SESSION)
@Menu(title = "New session", order = 2)
@PageTitle("New session · Credit Card Processor")
@PermitAll
public class NewSessionView extends VerticalLayout {

    private final IngestionService ingestion;
    private final CurrentUser currentUser;
    private final TextField name = new TextField("Session name");
    private final ComboBox<YearMonth> period = new ComboBox<>("Statement month (optional)");
    private final ReportUpload car;
    private final ReportUpload receipts;
    private final ReportFormatSelect carFormat;
    private final ReportFormatSelect receiptFormat;
    private final Button start = new Button("Start processing");

    public NewSessionView(IngestionService ingestion, UploadReceiver receiver, ProfileService profiles,
            CurrentUser currentUser) {
        this.ingestion = ingestion;
        this.currentUser = currentUser;
        addClassNames("page", "narrow-page");
        name.setPlaceholder("e.g. March 2025");
        name.setRequired(true);
        name.setId("session-name");
        name.setWidthFull();
        period.setPlaceholder("From the CAR");
        period.setItems(months(YearMonth.now()));
        period.setItemLabelGenerator(Formats::month);
        period.setClearButtonVisible(true);
        period.setHelperText("Empty: read from the CAR");
        period.setId("session-period");
        car = new ReportUpload("Cardholder Activity Report (CAR) PDF", "car", receiver, this::updateButton);
        receipts = new ReportUpload("Receipt report PDF", "receipts", receiver, this::updateButton);
        Actor actor = currentUser.actor();
        carFormat = new ReportFormatSelect(profiles, actor, ProfileKind.CAR, "car");
        receiptFormat = new ReportFormatSelect(profiles, actor, ProfileKind.RECEIPTS, "receipts");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-processing");
        start.setEnabled(false);
        start.addClickListener(click -> submit());
        FormLayout form = new FormLayout(name, period);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(new H2("New session"));
        if (actor.impersonating()) {
            // support sees the owner's screen as it is, with nothing that could create a session
            Paragraph readOnly = new Paragraph("You are viewing as " + actor.actingAs()
                    + ", read-only: no session can be created.");
            readOnly.addClassName("closed-note");
            readOnly.setId("read-only-note");
            add(readOnly);
            String reason = ReadOnlyActions.reason(actor);
            name.setEnabled(false);
            period.setEnabled(false);
            car.readOnly(reason);
            receipts.readOnly(reason);
            carFormat.setEnabled(false);
            receiptFormat.setEnabled(false);
        }
        add(
                new Paragraph("Upload the card issuer's Cardholder Activity Report and the expense tool's receipt"
                        + " report of the same month. Both are checked before anything is stored; reading continues"
                        + " in the background and you may leave this page."),
                form, withFormat(car, carFormat), withFormat(receipts, receiptFormat), start);
        ReadOnlyActions.apply(this, actor);
    }

    /** The upload and its report format side by side; the upload's message may use the rest of the row. */
    static HorizontalLayout withFormat(ReportUpload upload, ReportFormatSelect format) {
        HorizontalLayout row = new HorizontalLayout(upload, format);
        row.setWidthFull();
        row.setFlexGrow(1, upload);
        format.addClassName("report-format");
        upload.getStyle().set("min-width", "0");
        return row;
    }

    private void updateButton() {
        start.setEnabled(car.file() != null && receipts.file() != null);
    }

    private void submit() {
        UploadedFile carFile = car.file();
        UploadedFile receiptFile = receipts.file();
        if (carFile == null || receiptFile == null) {
            return;
        }
        car.clearError();
        receipts.clearError();
        try {
            String id = ingestion.createSession(currentUser.actor(), name.getValue(),
                    period.getValue() == null ? "" : period.getValue().toString(), carFile,
                    receiptFile, carFormat.profileId(), receiptFormat.profileId());
            car.discard();
            receipts.discard();
            Notifications.success("Session created; reading the files now.");
            getUI().ifPresent(ui -> ui.navigate(Routes.session(id)));
        } catch (AppException e) {
            Object part = e.details().get("file");
            if ("car".equals(part)) {
                car.showError(e.getMessage());
            } else if ("receipts".equals(part)) {
                receipts.showError(e.getMessage());
            } else if ("name".equals(e.details().get("field"))) {
                name.setInvalid(true);
                name.setErrorMessage(e.getMessage());
            } else if ("period".equals(e.details().get("field"))) {
                period.setInvalid(true);
                period.setErrorMessage(e.getMessage());
            }
            Notifications.error(e.getMessage());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        car.discard();
        receipts.discard();
        super.onDetach(event);
    }

    /** The months a statement can be for: three years back to next month, newest first. */
    private static List<YearMonth> months(YearMonth now) {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = now.plusMonths(1); !m.isBefore(now.minusYears(3)); m = m.minusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
