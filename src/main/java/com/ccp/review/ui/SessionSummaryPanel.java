package com.ccp.review.ui;

import com.ccp.base.Formats;
import com.ccp.base.ui.FigureCard;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** The head of the session page: name, status, who/when, and the totals as cards. */
final class SessionSummaryPanel {

    private SessionSummaryPanel() {
    }

    static Div of(SessionDetails session, int hints) {
        H2 title = new H2(session.name());
        title.setId("session-title");
        Span status = SessionBadges.status(session.status());
        status.setId("session-status");
        Div heading = new Div(title, status);
        heading.addClassName("session-heading");
        Div meta = new Div(new Span("Period " + (session.period() == null ? "—" : Formats.period(session.period()))),
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
        Div cards = new Div(new FigureCard("Employees", String.valueOf(totals.employees()), "total-employees"),
                new FigureCard("Ready", String.valueOf(totals.ready()), "total-ready"),
                new FigureCard("Exceptions", String.valueOf(totals.employees() - totals.ready()), "total-exceptions"),
                new FigureCard("Open issues", String.valueOf(totals.openIssues()), "total-open-issues"),
                new FigureCard("Hints", String.valueOf(hints), "total-hints"),
                new FigureCard("CAR total", Formats.money(totals.carTotal()), "total-car-total"),
                new FigureCard("Receipt total", Formats.money(totals.receiptTotal()), "total-receipt-total"));
        cards.addClassName("cards");
        panel.add(cards);
        return panel;
    }
}
