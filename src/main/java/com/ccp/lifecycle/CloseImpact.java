package com.ccp.lifecycle;

/**
 * What closing a session leaves behind for good: issues nobody resolved, and ready employees whose
 * documents never went to pVault (no live export batch holds any revision of theirs).
 */
public record CloseImpact(String sessionId, String name, String status, int openIssues, int readyNeverExported) {

    public boolean leavesWork() {
        return openIssues > 0 || readyNeverExported > 0;
    }
}
