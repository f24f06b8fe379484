package com.ccp.employee;

import com.ccp.reconciliation.Finding;
import com.ccp.report.Receipt;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a session holds for one employee before a late receipt report is applied: the receipt side,
 * the receipt file's FILE_INTEGRITY findings (the CAR side is read again from the CAR) and the
 * clerk's links (the rules match what they leave).
 */
public record StoredEmployee(String employeeId, String name, boolean inCar, @Nullable String receiptName,
        List<VersionedReceipt> receipts, List<Finding> receiptIntegrity, List<LinkedItems> links) {

    /** What one link holds: transactions by reference, receipts by Receipt ID. */
    public record LinkedItems(List<String> transactions, List<String> receipts) {

        public LinkedItems {
            transactions = List.copyOf(transactions);
            receipts = List.copyOf(receipts);
        }
    }

    public StoredEmployee {
        receipts = List.copyOf(receipts);
        receiptIntegrity = List.copyOf(receiptIntegrity);
        links = List.copyOf(links);
    }

    public StoredEmployee(String employeeId, String name, boolean inCar, @Nullable String receiptName,
            List<VersionedReceipt> receipts, List<Finding> receiptIntegrity) {
        this(employeeId, name, inCar, receiptName, receipts, receiptIntegrity, List.of());
    }
}
