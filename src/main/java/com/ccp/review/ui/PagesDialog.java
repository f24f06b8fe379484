package com.ccp.review.ui;

import com.ccp.storage.ReportKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Pages of the CAR or of a receipt file, rendered on demand one at a time, each captioned with what
 * it holds (which receipt, which attachment page), and zoomable for small print.
 */
final class PagesDialog extends Dialog {

    private static final int[] ZOOMS = {100, 150, 200, 300};

    private final String sessionId;
    private final ReportKind kind;
    private final int version;
    private final int first;
    private final int last;
    private final IntFunction<String> caption;
    private final Image image = new Image();
    private final Div frame = new Div(image);
    private final Span position = new Span();
    private final Span owner = new Span();
    private final Span zoomText = new Span();
    private final Button previous = new Button("Previous page");
    private final Button next = new Button("Next page");
    private final Button zoomOut = new Button(VaadinIcon.SEARCH_MINUS.create());
    private final Button zoomIn = new Button(VaadinIcon.SEARCH_PLUS.create());
    private int page;
    private int zoom;

    /** {@code caption} says what a page holds, e.g. "Receipt R-1 · Shell · $45.10". */
    PagesDialog(String sessionId, ReportKind kind, int version, int first, int last, IntFunction<String> caption) {
        this.sessionId = sessionId;
        this.kind = kind;
        this.version = version;
        this.first = first;
        this.last = last;
        this.caption = caption;
        this.page = first;
        setHeaderTitle(kind == ReportKind.CAR ? "CAR pages" : "Receipt report v" + version + " pages");
        setWidth("min(1000px, 95vw)");
        setHeight("90vh");
        image.addClassName("page-image");
        image.setAlt("Page image");
        image.setId("page-image");
        frame.addClassName("page-frame");
        owner.setId("page-owner");
        owner.addClassName("page-owner");
        position.setId("page-position");
        zoomText.setId("page-zoom");
        previous.addClickListener(click -> show(page - 1));
        next.addClickListener(click -> show(page + 1));
        zoomOut.setAriaLabel("Zoom out");
        zoomOut.setTooltipText("Zoom out");
        zoomOut.setId("zoom-out");
        zoomIn.setAriaLabel("Zoom in");
        zoomIn.setTooltipText("Zoom in");
        zoomIn.setId("zoom-in");
        zoomOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        zoomIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        zoomOut.addClickListener(click -> zoom(zoom - 1));
        zoomIn.addClickListener(click -> zoom(zoom + 1));
        getHeader().add(zoomOut, zoomText, zoomIn);
        add(owner, frame);
        getFooter().add(position, previous, next, new Button("Close", click -> close()));
        zoom(0);
        show(first);
    }

    private void zoom(int step) {
        zoom = Math.clamp(step, 0, ZOOMS.length - 1);
        image.getStyle().set("width", ZOOMS[zoom] + "%").set("max-width", zoom == 0 ? "100%" : "none");
        zoomText.setText(ZOOMS[zoom] + "%");
        zoomOut.setEnabled(zoom > 0);
        zoomIn.setEnabled(zoom < ZOOMS.length - 1);
    }

    private void show(int target) {
        page = Math.clamp(target, first, last);
        image.setSrc("/api/sessions/" + sessionId + "/pages/" + kind.name().toLowerCase(Locale.ROOT) + "/" + version
                + "/" + page);
        owner.setText(caption.apply(page));
        position.setText("Page " + page + " (" + first + "–" + last + ")");
        previous.setEnabled(page > first);
        next.setEnabled(page < last);
    }
}
