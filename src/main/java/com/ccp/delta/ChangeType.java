package com.ccp.delta;

/** What a late receipt report changes for one employee: the first of these that applies. */
public enum ChangeType {
    /** Not in the CAR and no earlier receipts. */
    NEW_EMPLOYEE,
    /** Replacement only: had receipts, now none. */
    REMOVED,
    /** In the CAR, no receipts before or after. */
    STILL_MISSING,
    /** The receipt total changed (first receipts arriving included). */
    AMOUNT_CHANGED,
    NO_CHANGE
}
