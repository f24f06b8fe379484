package com.ccp.employee;

import com.ccp.reconciliation.Finding;
import com.ccp.report.PageRange;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One employee's state once their change is accepted: receipts with their file versions, the
 * matched Receipt ID of each CAR transaction (in CAR order, null when unmatched), the findings,
 * and where their section is in the new file (null when it has none).
 */
public record Outcome(@Nullable String receiptName, @Nullable PageRange newFilePages,
        List<VersionedReceipt> receipts, List<@Nullable String> matches, List<Finding> findings) {

    public Outcome {
        receipts = List.copyOf(receipts);
        matches = Collections.unmodifiableList(new ArrayList<>(matches));
        findings = List.copyOf(findings);
    }

    public BigDecimal receiptTotal() {
        return VersionedReceipt.total(receipts);
    }
}
