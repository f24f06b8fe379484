package com.ccp.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A key figure: a large value over its label, as the session summary and the admin dashboard show them. */
public class FigureCard extends Div {

    /** Tones that colour the value. */
    public enum Tone { OK, WARN, BAD }

    public FigureCard(String label, String value, String valueId) {
        Span number = new Span(value);
        number.addClassName("card-value");
        number.setId(valueId);
        Span caption = new Span(label);
        caption.addClassName("card-label");
        add(number, caption);
        addClassName("card");
    }

    public FigureCard tone(Tone tone) {
        addClassName("card-" + tone.name().toLowerCase(Locale.ROOT));
        return this;
    }
}
