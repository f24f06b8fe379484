package com.ccp.export;

import org.jspecify.annotations.Nullable;

/**
 * One employee of a session as the export sees it: readiness, the current revision, and whether
 * that revision (or any earlier one) is marked by a batch that was not voided.
 */
record ExportCandidate(String ref, String employeeId, String name, @Nullable String cardLast4,
        @Nullable Integer carFirstPage, @Nullable Integer carLastPage, int revision, int openIssues,
        boolean currentExported, boolean everExported) {

    boolean ready() {
        return openIssues == 0;
    }
}
