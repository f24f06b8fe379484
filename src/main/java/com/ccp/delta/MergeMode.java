package com.ccp.delta;

import com.ccp.report.Receipt;
/** How a late receipt report joins the receipts a session already has. */
public enum MergeMode {
    /** Receipts merge by Receipt ID; a known ID in the new file is the newer version of that receipt. */
    MERGE,
    /** The new file replaces every earlier receipt. */
    REPLACE
}
