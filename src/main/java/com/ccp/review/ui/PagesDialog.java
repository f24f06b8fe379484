package com.ccp.review.ui;

import com.ccp.storage.ReportKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** Pages of the CAR or of a receipt file, rendered on demand one at a time. */
final class PagesDialog extends Dialog {

    private final String sessionId;
    private final ReportKind kind;
    private final int version;
    private final int first;
    private final int last;
    private final Image image = new Image();
    private final Span position = new Span();
    private final Button previous = new Button("Previous page");
    private final Button next = new Button("Next page");
    private int page;

    PagesDialog(String sessionId, ReportKind kind, int version, int first, int last) {
        this.sessionId = sessionId;
        this.kind = kind;
        this.version = version;
        this.first = first;
        this.last = last;
        this.page = first;
        setHeaderTitle(kind == ReportKind.CAR ? "CAR pages" : "Receipt report v" + version + " pages");
        setWidth("min(1000px, 95vw)");
        setHeight("90vh");
        image.addClassName("page-image");
        image.setAlt("Page image");
        previous.addClickListener(click -> show(page - 1));
        next.addClickListener(click -> show(page + 1));
        add(image);
        getFooter().add(position, previous, next, new Button("Close", click -> close()));
        show(first);
    }

    private void show(int target) {
        page = Math.clamp(target, first, last);
        image.setSrc("/api/sessions/" + sessionId + "/pages/" + kind.name().toLowerCase(Locale.ROOT) + "/" + version
                + "/" + page);
        position.setText("Page " + page + " (" + first + "–" + last + ")");
        previous.setEnabled(page > first);
        next.setEnabled(page < last);
    }
}
