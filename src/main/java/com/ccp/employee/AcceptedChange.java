package com.ccp.employee;

/**
 * One employee's accepted change of a late receipt report: the state it leaves, whether the
 * receipts changed (then a new revision keeps the previous totals) and what the revision history says.
 */
public record AcceptedChange(String employeeId, Outcome outcome, boolean receiptsChanged, String summary) {
}
