package com.ccp.base.ui;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels (tones: success, error, info, warning, neutral), styled in styles.css. */
public final class Badges {

    private Badges() {
    }

    public static Span of(String text, String tone) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone);
        return badge;
    }
}
