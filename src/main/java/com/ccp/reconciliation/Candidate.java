package com.ccp.reconciliation;

import com.ccp.report.Receipt;

/** A receipt close to an unmatched transaction, with why it does not match. */
public record Candidate(Receipt receipt, String reason) {
}
