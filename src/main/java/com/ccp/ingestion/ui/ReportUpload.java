package com.ccp.ingestion.ui;

import com.ccp.base.AppException;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.ingestion.UploadedFile;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * One PDF upload field: streams the file through the size-limited receiver (outside the UI lock),
 * keeps the temporary file until the form is submitted, and shows a message naming the file.
 */
public class ReportUpload extends Composite<VerticalLayout> {

    private final Upload upload;
    private final Span error = new Span();
    private @Nullable UploadedFile file;

    public ReportUpload(String label, String part, UploadReceiver receiver, Runnable changed) {
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try {
                UploadedFile received = receiver.receive(event.getInputStream(), event.getFileName(), part);
                ui.access(() -> {
                    replace(received);
                    changed.run();
                });
            } catch (AppException e) {
                event.reject(e.getMessage());
                ui.access(() -> showError(e.getMessage()));
            }
        };
        upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setDropAllowed(true);
        upload.setId("upload-" + part);
        upload.addFileRemovedListener(e -> {
            replace(null);
            changed.run();
        });
        Span title = new Span(label);
        title.addClassName("field-label");
        error.addClassName("field-error");
        error.setVisible(false);
        error.setId("error-" + part);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(title, upload, error);
    }

    public @Nullable UploadedFile file() {
        return file;
    }

    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void clearError() {
        error.setVisible(false);
    }

    public void discard() {
        replace(null);
    }

    private void replace(@Nullable UploadedFile next) {
        if (file != null) {
            file.close();
        }
        file = next;
        if (next != null) {
            clearError();
        }
    }

    /** Shown but closed: support viewing as a user may not hand in a file. */
    void readOnly(String reason) {
        upload.setEnabled(false);
        upload.getElement().setAttribute("title", reason);
    }
}
