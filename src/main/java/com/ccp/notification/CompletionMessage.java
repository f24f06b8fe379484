package com.ccp.notification;

import com.ccp.base.Formats;
import com.ccp.processing.SessionDetails;
import java.math.BigDecimal;
import java.util.Locale;

/** The subject and plain-text body of the e-mail that tells an owner their session's work ended. */
record CompletionMessage(String subject, String body) {

    static CompletionMessage of(SessionDetails session, String appUrl) {
        String name = "“" + session.name() + "”";
        SessionDetails.Totals totals = session.totals();
        String subject;
        StringBuilder body = new StringBuilder();
        switch (session.status()) {
            case COMPLETED -> {
                subject = "Session " + name + " is ready for review";
                body.append("The reports of session ").append(name).append(" have been read.\n\n")
                        .append(summary(totals));
            }
            case COMPARING_RECEIPTS -> {
                subject = "Late receipts of " + name + " are ready to compare";
                body.append("The late receipt report (version ").append(session.receiptVersion())
                        .append(") of session ").append(name).append(" has been read. Review the changes per")
                        .append(" employee, accept or reject them, and apply.\n");
            }
            case FAILED -> {
                subject = "Session " + name + " could not be read";
                body.append("Reading the reports of session ").append(name).append(" failed:\n\n  ")
                        .append(session.failureReason() == null ? "no reason was recorded" : session.failureReason())
                        .append("\n");
            }
            default -> {
                subject = "Session " + name + " is " + session.status().name().toLowerCase(Locale.ROOT);
                body.append("Session ").append(name).append(" is now ").append(session.status()).append(".\n");
            }
        }
        if (!appUrl.isBlank()) {
            body.append("\nOpen it: ").append(appUrl.replaceAll("/+$", "")).append("/sessions/").append(session.id())
                    .append("\n");
        }
        body.append("\n— Credit Card Processor (sent automatically; do not reply)\n");
        return new CompletionMessage(subject, body.toString());
    }

    private static String summary(SessionDetails.Totals totals) {
        return "  Employees:        " + totals.employees() + "\n"
                + "  Ready for export: " + totals.ready() + "\n"
                + "  Open issues:      " + totals.openIssues() + "\n"
                + "  CAR total:        " + money(totals.carTotal()) + "\n"
                + "  Receipt total:    " + money(totals.receiptTotal()) + "\n";
    }

    private static String money(BigDecimal amount) {
        return Formats.money(amount);
    }
}
