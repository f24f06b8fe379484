package com.ccp.review.ui;

import com.ccp.base.ui.Badges;
import com.ccp.base.ui.Formats;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** The head of the session page: name, status, who/when, and the totals as cards. */
final class SessionSummaryPanel {

    private SessionSummaryPanel() {
    }

    static Div of(SessionDetails session) {
        H2 title = new H2(session.name());
        title.setId("session-title");
        Span status = Badges.status(session.status().name());
        status.setId("session-status");
        Div heading = new Div(title, status);
        heading.addClassName("session-heading");
        Div meta = new Div(new Span("Period " + (session.period() == null ? "—" : session.period())),
                new Span(session.company() == null ? "" : session.company()),
                new Span("Owner " + session.owner()), new Span("Created " + Formats.dateTime(session.createdAt())),
                new Span("Receipt version " + session.receiptVersion()));
        meta.addClassName("session-meta");
        Div panel = new Div(heading, meta);
        if (session.failureReason() != null) {
            String what = session.status() == SessionStatus.FAILED ? "Processing failed: "
                    : "The last receipt report could not be read, the session is as it was before: ";
            Div failure = new Div(new Span(what + session.failureReason()));
            failure.addClassName("failure");
            failure.setId("failure-reason");
            panel.add(failure);
        }
        if (session.closed()) {
            Div closed = new Div(new Span("Closed permanently by " + session.closedBy() + " on "
                    + Formats.dateTime(session.closedAt()) + ": " + session.closureReason()
                    + " — this session is read-only."));
            closed.setId("closed-note");
            closed.addClassName("closed-note");
            panel.add(closed);
        }
        SessionDetails.Totals totals = session.totals();
        Div cards = new Div(card("Employees", String.valueOf(totals.employees()), "employees"),
                card("Ready", String.valueOf(totals.ready()), "ready"),
                card("Exceptions", String.valueOf(totals.employees() - totals.ready()), "exceptions"),
                card("Open issues", String.valueOf(totals.openIssues()), "open-issues"),
                card("CAR total", Formats.money(totals.carTotal()), "car-total"),
                card("Receipt total", Formats.money(totals.receiptTotal()), "receipt-total"));
        cards.addClassName("cards");
        panel.add(cards);
        return panel;
    }

    private static Div card(String label, String value, String id) {
        Span number = new Span(value);
        number.addClassName("card-value");
        number.setId("total-" + id);
        Span caption = new Span(label);
        caption.addClassName("card-label");
        Div card = new Div(number, caption);
        card.addClassName("card");
        return card;
    }
}
