package com.ccp.export.ui;

import com.ccp.export.ExportFile;
import com.ccp.export.ExportFileKind;
import com.ccp.export.ExportService;
import com.ccp.security.Actor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.nio.file.Files;

/** Download links: a batch's files, and the open exceptions generated on the spot. Each asks the service again. */
final class ExportDownloads {

    private ExportDownloads() {
    }

    static Anchor batchFile(ExportService exports, Actor actor, String batchId, ExportFileKind kind, String label) {
        DownloadHandler handler = event -> {
            ExportFile file = exports.file(actor, batchId, kind);
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.setContentLength(Files.size(file.path()));
            try (OutputStream out = event.getOutputStream()) {
                Files.copy(file.path(), out);
            }
        };
        return link(handler, label, kind);
    }

    static Anchor openExceptions(ExportService exports, Actor actor, String sessionId, ExportFileKind kind,
            String label) {
        DownloadHandler handler = event -> {
            event.setFileName(exports.openExceptionsFileName(actor, sessionId, kind));
            event.setContentType(kind.contentType());
            try (OutputStream out = event.getOutputStream()) {
                exports.openExceptions(actor, sessionId, kind, out);
            }
        };
        return link(handler, label, kind);
    }

    private static Anchor link(DownloadHandler handler, String label, ExportFileKind kind) {
        Anchor anchor = new Anchor(handler, "");
        anchor.add(switch (kind) {
            case PVAULT -> VaadinIcon.FILE_ZIP.create();
            case EXCEPTIONS_CSV -> VaadinIcon.FILE_TABLE.create();
            case EXCEPTIONS_PDF -> VaadinIcon.FILE_TEXT_O.create();
        });
        anchor.add(label);
        anchor.addClassName("download-link");
        return anchor;
    }
}
