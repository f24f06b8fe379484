package com.ccp.review.ui;

import com.ccp.base.ui.Badges;
import com.ccp.processing.SessionStatus;
import com.ccp.reconciliation.Flag;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The badges of a session's status and of an employee's flags. */
public final class SessionBadges {

    private SessionBadges() {
    }

    public static Span status(SessionStatus status) {
        String tone = switch (status) {
            case COMPLETED -> "success";
            case FAILED -> "error";
            case PROCESSING, RECEIPT_REPROCESSING, UPLOADING, COMPARING_RECEIPTS -> "info";
            case PAUSED, PENDING -> "warning";
            default -> "neutral";
        };
        return Badges.of(words(status.name()), tone);
    }

    /** A flag as stored ("MISSING_RECEIPT"). */
    public static Span flag(String flag) {
        return flag(Flag.valueOf(flag));
    }

    public static Span flag(Flag flag) {
        String tone = switch (flag) {
            case FILE_INTEGRITY, RECEIPT_WITHOUT_CARDHOLDER -> "error";
            case MISSING_RECEIPT, TOTAL_MISMATCH -> "warning";
            case MISSING_ATTACHMENT, MISSING_CODING -> "info";
        };
        return Badges.of(words(flag.name()), tone);
    }

    /** "missing receipt". */
    static String words(Flag flag) {
        return words(flag.name());
    }

    /** The short form narrow windows show, so a row keeps one line: "no receipt", "total ≠". */
    static String shortWords(String flag) {
        return switch (Flag.valueOf(flag)) {
            case MISSING_RECEIPT -> "no receipt";
            case TOTAL_MISMATCH -> "total ≠";
            case MISSING_CODING -> "coding";
            case MISSING_ATTACHMENT -> "attachment";
            case RECEIPT_WITHOUT_CARDHOLDER -> "not in CAR";
            case FILE_INTEGRITY -> "file";
        };
    }

    private static String words(String name) {
        return name.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
