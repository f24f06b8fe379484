package com.ccp.reconciliation;

/** The kinds of issue of formats.md §3; the declaration (alphabetical) order is the sort order. */
public enum Flag {
    FILE_INTEGRITY,
    MISSING_ATTACHMENT,
    MISSING_CODING,
    MISSING_RECEIPT,
    RECEIPT_WITHOUT_CARDHOLDER,
    TOTAL_MISMATCH
}
