package com.ccp.delta;

import com.ccp.reconciliation.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * What accepting it changes, for the revision history: "amount changed — receipt report v2:
     * receipts $50.00 → $75.00 (+$25.00); 1 receipt added".
     */
    public String summary(int receiptVersion) {
        List<String> parts = new ArrayList<>();
        BigDecimal difference = difference();
        parts.add("receipts " + Money.format(oldReceiptTotal) + " → " + Money.format(newReceiptTotal)
                + " (" + (difference.signum() >= 0 ? "+" : "") + Money.format(difference) + ")");
        receipts(parts, addedReceipts, "added");
        receipts(parts, changedReceipts, "updated");
        receipts(parts, oldReceiptCount + addedReceipts - newReceiptCount, "removed");
        return type.name().replace('_', ' ').toLowerCase(Locale.ROOT) + " — receipt report v" + receiptVersion + ": "
                + String.join("; ", parts);
    }

    private static void receipts(List<String> parts, int count, String what) {
        if (count > 0) {
            parts.add(count + (count == 1 ? " receipt " : " receipts ") + what);
        }
    }
}
