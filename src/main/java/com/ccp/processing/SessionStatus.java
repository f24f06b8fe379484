package com.ccp.processing;

/** The states of product.md; every transition goes through {@link SessionStateMachine}. */
public enum SessionStatus {
    PENDING, UPLOADING, PROCESSING, PAUSED, COMPLETED, FAILED, CANCELLED, RECEIPT_REPROCESSING, COMPARING_RECEIPTS, CLOSED;

    /** Background work runs in these states. */
    public boolean running() {
        return this == PROCESSING || this == RECEIPT_REPROCESSING || this == UPLOADING;
    }
}
