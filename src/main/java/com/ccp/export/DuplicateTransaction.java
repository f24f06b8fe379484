package com.ccp.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A transaction of this export whose Reference Number already went to pVault from another session. */
public record DuplicateTransaction(String reference, String employeeId, String name, LocalDate transDate,
        BigDecimal amount, String merchant, String otherSessionId, String otherSessionName, String otherBatchId) {
}
