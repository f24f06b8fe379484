package com.ccp.employee;

import org.jspecify.annotations.Nullable;

/**
 * One employee of a session as the export sees it: readiness, the current revision, whether that
 * revision (or any earlier one) is marked by a batch that was not voided, and how many transactions
 * and receipts they have.
 */
public record ExportCandidate(String ref, String employeeId, String name, @Nullable String cardLast4,
        @Nullable Integer carFirstPage, @Nullable Integer carLastPage, int revision, int openIssues,
        boolean currentExported, boolean everExported, int documents) {

    public boolean ready() {
        return openIssues == 0;
    }

    /**
     * Whether there is anything to send: a receipt-only employee whose receipts a replacement
     * removed has no transaction and no receipt left, and no place in pVault.
     */
    public boolean hasDocuments() {
        return documents > 0;
    }
}
