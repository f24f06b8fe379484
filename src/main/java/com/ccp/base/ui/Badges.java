package com.ccp.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** Small coloured labels for statuses and flags, styled in styles.css. */
public final class Badges {

    private Badges() {
    }

    public static Span of(String text, String tone) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + tone);
        return badge;
    }

    public static Span status(String status) {
        String tone = switch (status) {
            case "COMPLETED" -> "success";
            case "FAILED" -> "error";
            case "PROCESSING", "RECEIPT_REPROCESSING", "UPLOADING", "COMPARING_RECEIPTS" -> "info";
            case "PAUSED", "PENDING" -> "warning";
            default -> "neutral";
        };
        return of(status.replace('_', ' ').toLowerCase(Locale.ROOT), tone);
    }

    public static Span flag(String flag) {
        String tone = switch (flag) {
            case "FILE_INTEGRITY", "RECEIPT_WITHOUT_CARDHOLDER" -> "error";
            case "MISSING_RECEIPT", "TOTAL_MISMATCH" -> "warning";
            default -> "info";
        };
        return of(flag.replace('_', ' ').toLowerCase(Locale.ROOT), tone);
    }
}
