package com.ccp.delta;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One employee's line of a comparison; {@code decision} is set once the comparison was applied. */
public record ChangeLine(String employeeId, String name, ChangeType type, BigDecimal oldReceiptTotal,
        BigDecimal newReceiptTotal, int oldReceiptCount, int newReceiptCount, int addedReceipts,
        int changedReceipts, boolean receiptsChanged, @Nullable Decision decision) {

    public BigDecimal difference() {
        return newReceiptTotal.subtract(oldReceiptTotal);
    }

    /** A line the user has something to decide about: NO_CHANGE and STILL_MISSING lines change no amount. */
    public boolean isChange() {
        return type != ChangeType.NO_CHANGE && type != ChangeType.STILL_MISSING;
    }
}
