package com.ccp.export.ui;

import com.ccp.base.AppException;
import com.ccp.base.ui.Notifications;
import com.ccp.export.ExportBatch;
import com.ccp.export.ExportService;
import com.ccp.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** An admin voids a batch pVault rejected, with a reason; its employees become exportable again. */
class VoidBatchDialog extends Dialog {

    VoidBatchDialog(ExportService exports, Actor actor, ExportBatch batch, Runnable voided) {
        setHeaderTitle("Void export batch");
        setId("void-dialog");
        setWidth("520px");
        TextArea reason = new TextArea("Reason (required)");
        reason.setPlaceholder("e.g. pVault rejected the index: wrong cost type column");
        reason.setWidthFull();
        reason.setId("void-reason");
        add(new Paragraph("Batch of " + batch.employees() + " employees made by " + batch.createdBy() + ". Its "
                + batch.markedRevisions() + " marked revisions count as never exported again; the batch stays in"
                + " the history as VOIDED and its files stay downloadable."), reason);
        Button confirm = new Button("Void batch", click -> {
            try {
                exports.voidBatch(actor, batch.batchId(), reason.getValue());
                Notifications.success("The batch is voided; its employees can be exported again.");
                close();
                voided.run();
            } catch (AppException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(e.getMessage());
            }
        });
        confirm.setId("void-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Keep it", click -> close()), confirm);
    }
}
