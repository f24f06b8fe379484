package com.ccp.reconciliation;

/** What a careful auditor would question (formats.md §3, "Hints"); advisory, never a flag. */
public enum HintType {
    POSSIBLE_DUPLICATE_CHARGE,
    RECEIPT_SUBMITTED_TWICE
}
