package com.ccp.reconciliation;

import com.ccp.report.Cardholder;
import com.ccp.report.Receipt;
import com.ccp.report.ReceiptEmployee;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** FILE_INTEGRITY findings: a printed section total or count that disagrees with the lines read. */
public final class IntegrityFindings {

    private IntegrityFindings() {
    }

    /** Checks the {@code Cardholder Total (N transactions):} line of one CAR section. */
    public static List<Finding> forCardholder(Cardholder cardholder) {
        String where = "The CAR's 'Cardholder Total' line for " + cardholder.name();
        return check("CAR", where, "transactions", cardholder.printedTotal(), cardholder.total(),
                cardholder.printedCount(), cardholder.transactions().size());
    }

    /** Checks the {@code Receipt Total: $X   Receipts: N} line of one receipt section. */
    public static List<Finding> forReceiptSection(ReceiptEmployee section) {
        String where = "The receipt report's 'Receipt Total' line for " + section.name();
        return check("RECEIPT", where, "receipts", section.printedTotal(), section.total(),
                section.printedCount(), section.receipts().size());
    }

    private static List<Finding> check(String file, String where, String what, @Nullable BigDecimal printedTotal,
                                       BigDecimal total, @Nullable Integer printedCount, int count) {
        List<Finding> findings = new ArrayList<>();
        if (printedTotal != null && printedTotal.compareTo(total) != 0) {
            findings.add(new Finding(Flag.FILE_INTEGRITY, "FILE_INTEGRITY:" + file + "_TOTAL",
                    where + " states " + Money.format(printedTotal) + " but the " + what + " read sum to "
                            + Money.format(total) + ".", null));
        }
        if (printedCount != null && printedCount != count) {
            findings.add(new Finding(Flag.FILE_INTEGRITY, "FILE_INTEGRITY:" + file + "_COUNT",
                    where + " states " + printedCount + " " + what + " but " + count + " were read.", null));
        }
        return findings;
    }
}
