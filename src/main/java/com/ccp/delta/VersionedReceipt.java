package com.ccp.delta;

import com.ccp.report.Receipt;

/** A receipt with the version of the receipt file it was read from (its page is in that file). */
public record VersionedReceipt(Receipt receipt, int version) {

    public String receiptId() {
        return receipt.receiptId();
    }

    /** Same receipt content, wherever it was printed. */
    boolean sameContent(VersionedReceipt other) {
        return receipt.withPage(0).equals(other.receipt.withPage(0));
    }
}
