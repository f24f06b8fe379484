package com.ccp.delta;

import com.ccp.reconciliation.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a session holds for one employee before a late receipt report is applied: the receipt side
 * and the receipt file's FILE_INTEGRITY findings (the CAR side is read again from the CAR).
 */
public record StoredEmployee(String employeeId, String name, boolean inCar, @Nullable String receiptName,
        List<VersionedReceipt> receipts, List<Finding> receiptIntegrity) {

    public StoredEmployee {
        receipts = List.copyOf(receipts);
        receiptIntegrity = List.copyOf(receiptIntegrity);
    }
}
