package com.ccp.review.ui;

import com.ccp.employee.ResolutionReason;
import java.util.Arrays;

/** How a stored resolution reason reads, including the app's own (a link resolved it). */
final class ReasonLabels {

    private ReasonLabels() {
    }

    static String of(String reason) {
        return switch (reason) {
            case "LINKED" -> "Linked";
            case "EXPLAINED_BY_LINKS" -> "Explained by links";
            default -> Arrays.stream(ResolutionReason.values()).filter(r -> r.name().equals(reason)).findFirst()
                    .map(ResolutionReason::label).orElse(reason);
        };
    }

    static boolean byLink(String reason) {
        return reason.equals("LINKED") || reason.equals("EXPLAINED_BY_LINKS");
    }
}
