package com.ccp.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A horizontal bar chart of plain elements and CSS (Vaadin Charts is commercial and needs a
 * frontend bundle): one row per label, bar width relative to the largest value.
 */
class BarChart extends Div {

    record Bar(String label, int value) {
    }

    BarChart(String title, List<Bar> bars) {
        addClassName("bar-chart");
        Span heading = new Span(title);
        heading.addClassName("bar-chart-title");
        add(heading);
        int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
        for (Bar bar : bars) {
            Span label = new Span(bar.label());
            label.addClassName("bar-label");
            Div fill = new Div();
            fill.addClassName("bar-fill");
            fill.getStyle().set("width", (max == 0 ? 0 : Math.max(1, 100L * bar.value() / max)) + "%");
            Div track = new Div(fill);
            track.addClassName("bar-track");
            Span value = new Span(String.valueOf(bar.value()));
            value.addClassName("bar-value");
            Div row = new Div(label, track, value);
            row.addClassName("bar-row");
            add(row);
        }
    }
}
