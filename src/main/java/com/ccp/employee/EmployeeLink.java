package com.ccp.employee;

import com.ccp.reconciliation.LinkReason;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One link of an employee as read models show it: its transactions (references) and receipts
 * (Receipt IDs), reason, note, who made it and when, and the difference it explains (transactions −
 * receipts, from the current amounts).
 */
public record EmployeeLink(String id, String employeeId, List<String> transactions, List<String> receipts,
        LinkReason reason, @Nullable String note, String createdBy, Instant createdAt, BigDecimal difference) {

    public EmployeeLink {
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
    }

    /** "Tip" or "Other: paid in two currencies" — how an issue's note and a cover page name the link. */
    public String describeReason() {
        return note == null || note.isBlank() ? reason.label() : reason.label() + ": " + note;
    }
}
