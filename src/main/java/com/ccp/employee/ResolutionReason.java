package com.ccp.employee;

/** Why an issue no longer blocks the employee (api.md "resolve"). */
public enum ResolutionReason {
    LOST_RECEIPT_AFFIDAVIT("Lost-receipt affidavit"),
    PERSONAL_CHARGE("Personal charge to be repaid"),
    CORRECTED_IN_PVAULT("Corrected in pVault"),
    OTHER("Other");

    private final String label;

    ResolutionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
