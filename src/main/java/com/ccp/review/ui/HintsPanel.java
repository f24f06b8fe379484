package com.ccp.review.ui;

import com.ccp.base.Formats;
import com.ccp.base.ui.Badges;
import com.ccp.employee.EmployeeDetail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;

/** What a careful auditor would question: advisory, never a flag; "Dismiss…" with a note. */
final class HintsPanel {

    private HintsPanel() {
    }

    static Div of(List<EmployeeDetail.HintLine> hints, boolean canChange,
            BiConsumer<EmployeeDetail.HintLine, String> dismiss) {
        Div panel = new Div(new H3("Hints"));
        panel.addClassName("hints");
        panel.setId("hints");
        for (EmployeeDetail.HintLine hint : hints) {
            String type = hint.type().equals("POSSIBLE_DUPLICATE_CHARGE") ? "charged twice?" : "receipt twice?";
            Div row = new Div(Badges.of(type, hint.dismissed() ? "neutral" : "warning"), new Span(Formats.datesIn(hint.detail())));
            row.addClassName("issue");
            row.addClassName("hint-row");
            if (hint.dismissed()) {
                row.addClassName("resolved");
                Span by = new Span("Dismissed by " + hint.dismissedBy() + " on " + Formats.dateTime(hint.dismissedAt())
                        + (hint.note() == null ? "" : ": " + hint.note()));
                by.addClassName("resolution");
                row.add(by);
            } else if (canChange) {
                Button button = new Button("Dismiss…", click -> new NoteDialog<Void>("Dismiss hint", Formats.datesIn(hint.detail()),
                        null, null, true, "Dismiss", "dismiss", (none, note) -> dismiss.accept(hint, note)).open());
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                button.addClassName("dismiss-button");
                row.add(button);
            }
            panel.add(row);
        }
        return panel;
    }
}
