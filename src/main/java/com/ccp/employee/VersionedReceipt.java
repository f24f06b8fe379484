package com.ccp.employee;

import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.util.List;

/** A receipt with the version of the receipt file it was read from (its page is in that file). */
public record VersionedReceipt(Receipt receipt, int version) {

    public String receiptId() {
        return receipt.receiptId();
    }

    /** The sum of the receipts' amounts, 0.00 for none. */
    public static BigDecimal total(List<VersionedReceipt> receipts) {
        return receipts.stream().map(r -> r.receipt().amount()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Same receipt content, wherever it was printed. */
    public boolean sameContent(VersionedReceipt other) {
        return receipt.withPage(0).equals(other.receipt.withPage(0));
    }
}
