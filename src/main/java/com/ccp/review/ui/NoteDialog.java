package com.ccp.review.ui;

import com.ccp.base.AppException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A dialog asking for a note, and optionally a reason first; the action runs on save and a refusal
 * of the service is shown in the dialog, which stays open. Ctrl+Enter saves.
 */
final class NoteDialog<R> extends Dialog {

    private final @Nullable Select<R> reason;
    private final TextArea note = new TextArea("Note");
    private final Div error = new Div();

    NoteDialog(String title, String text, @Nullable List<R> reasons, @Nullable Function<R, String> label,
            boolean noteRequired, String saveLabel, String idPrefix, BiConsumer<@Nullable R, String> action) {
        setHeaderTitle(title);
        Div intro = new Div(text);
        intro.addClassName("dialog-text");
        add(intro);
        if (reasons != null) {
            reason = new Select<>();
            reason.setLabel("Reason");
            reason.setItems(reasons);
            if (label != null) {
                reason.setItemLabelGenerator(label::apply);
            }
            reason.setWidthFull();
            reason.setId(idPrefix + "-reason");
            add(reason);
        } else {
            reason = null;
        }
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setRequired(noteRequired);
        note.setId(idPrefix + "-note");
        error.addClassName("dialog-error");
        error.setId(idPrefix + "-error");
        add(note, error);
        Button save = new Button(saveLabel, click -> save(noteRequired, action));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(idPrefix + "-save");
        save.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        getFooter().add(new Button("Cancel", click -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                if (reason != null) {
                    reason.focus();
                } else {
                    note.focus();
                }
            }
        });
    }

    private void save(boolean noteRequired, BiConsumer<@Nullable R, String> action) {
        if (reason != null && reason.getValue() == null) {
            reason.setInvalid(true);
            reason.setErrorMessage("Choose a reason");
            return;
        }
        if (noteRequired && note.getValue().isBlank()) {
            note.setInvalid(true);
            note.setErrorMessage("A note is required");
            return;
        }
        try {
            action.accept(reason == null ? null : reason.getValue(), note.getValue());
            close();
        } catch (AppException e) {
            error.setText(e.getMessage());
        }
    }
}
