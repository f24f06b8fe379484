package com.ccp.reconciliation;

import java.util.List;

/**
 * One hint. {@code key} names it across re-validations (type and the items it is about), so a
 * dismissal survives as long as the hint is still found. {@code employeeIds} are the employees whose
 * items it names: one for a duplicate charge, one or two for a receipt submitted twice.
 */
public record Hint(HintType type, String key, List<String> employeeIds, List<String> transactions,
        List<String> receipts, String detail) {

    public Hint {
        employeeIds = List.copyOf(employeeIds);
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
    }
}
