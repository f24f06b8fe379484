package com.ccp.lifecycle.ui;

import com.ccp.base.AppException;
import com.ccp.lifecycle.LifecycleService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jspecify.annotations.Nullable;

/**
 * Asks for a reason and the typed word CLOSE before a permanent close; the action itself (one
 * session or all) is given by the caller and may refuse with a message shown here.
 */
public class CloseSessionDialog extends Dialog {

    /** Closes with the reason and the typed confirmation; returns what to tell the user. */
    @FunctionalInterface
    public interface CloseAction {
        String close(String reason, String confirmation);
    }

    private final TextArea reason = new TextArea("Reason");
    private final TextField confirmation = new TextField("Type " + LifecycleService.CLOSE_CONFIRMATION + " to confirm");
    private final Button submit = new Button("Close permanently");
    private final Paragraph error = new Paragraph();

    public CloseSessionDialog(String title, String what, CloseAction action, Runnable done) {
        this(title, what, null, action, done);
    }

    /**
     * {@code details} (may be null) sits between the warning and the reason: what the close leaves
     * undone, or the sessions it will close.
     */
    public CloseSessionDialog(String title, String what, @Nullable Component details, CloseAction action,
            Runnable done) {
        setHeaderTitle(title);
        setWidth("520px");
        Paragraph warning = new Paragraph(what + " This cannot be undone: a closed session can never be resumed,"
                + " reprocessed, exported again, edited or deleted by a user. It stays for audit, read-only.");
        warning.addClassName("danger-text");
        reason.setId("close-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setPlaceholder("e.g. Month reconciled and posted in pVault");
        confirmation.setId("close-confirm");
        confirmation.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(e -> updateButton());
        confirmation.addValueChangeListener(e -> updateButton());
        error.addClassName("field-error");
        error.setVisible(false);
        add(warning);
        if (details != null) {
            add(details);
        }
        add(reason, confirmation, error);
        submit.setId("close-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        submit.setEnabled(false);
        submit.addClickListener(click -> {
            try {
                String message = action.close(reason.getValue(), confirmation.getValue());
                close();
                com.ccp.base.ui.Notifications.success(message);
                done.run();
            } catch (AppException e) {
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        });
        Button keepOpen = new Button("Keep it open", click -> close());
        keepOpen.setId("close-keep-open");
        getFooter().add(keepOpen, submit);
    }

    private void updateButton() {
        submit.setEnabled(!reason.getValue().isBlank()
                && LifecycleService.CLOSE_CONFIRMATION.equals(confirmation.getValue().strip()));
    }
}
