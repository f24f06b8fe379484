package com.ccp.ingestion.ui;

import com.ccp.base.AppException;
import com.ccp.base.ui.Notifications;
import com.ccp.ingestion.IngestionService;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.ingestion.UploadedFile;
import com.ccp.profile.ProfileService;
import com.ccp.report.ProfileKind;
import com.ccp.report.Receipt;
import com.ccp.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.IntConsumer;

/** Uploads a late receipt report to a completed session: merged by Receipt ID, or replacing all earlier receipts. */
public class LateReceiptsDialog extends Dialog {

    private final ReportUpload upload;
    private final ReportFormatSelect format;
    private final Checkbox replace = new Checkbox("This file replaces all earlier receipts");
    private final Button submit = new Button("Upload and compare");

    public LateReceiptsDialog(IngestionService ingestion, UploadReceiver receiver, ProfileService profiles, Actor actor,
            String sessionId, IntConsumer accepted) {
        setHeaderTitle("Upload late receipts");
        setWidth("560px");
        upload = new ReportUpload("Receipt report PDF", "receipts", receiver, this::updateButton);
        format = new ReportFormatSelect(profiles, actor, ProfileKind.RECEIPTS, "late-receipts");
        replace.setId("replace-receipts");
        Paragraph hint = new Paragraph("Receipts are merged by Receipt ID: a receipt already read is not counted"
                + " twice. Nothing in the employees changes until you review the comparison and apply it.");
        hint.addClassName("hint");
        add(hint, upload, format, replace);
        submit.setId("upload-late-receipts");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(false);
        submit.addClickListener(click -> {
            UploadedFile file = upload.file();
            if (file == null) {
                return;
            }
            try {
                int version = ingestion.addReceiptReport(actor, sessionId, file, replace.getValue(),
                        format.profileId());
                upload.discard();
                close();
                Notifications.success("Receipt report version " + version + " is being compared with the session.");
                accepted.accept(version);
            } catch (AppException e) {
                upload.showError(e.getMessage());
            }
        });
        Button cancel = new Button("Cancel", click -> {
            upload.discard();
            close();
        });
        getFooter().add(cancel, submit);
    }

    private void updateButton() {
        submit.setEnabled(upload.file() != null);
    }
}
