package com.ccp.storage;

/** The two reports a session reads; {@code apiPart} is the multipart part name used in error details. */
public enum ReportKind {
    CAR("car", "CAR (Cardholder Activity Report)", "CARDHOLDER ACTIVITY REPORT"),
    RECEIPTS("receipts", "receipt report", "EMPLOYEE RECEIPT REPORT");

    private final String apiPart;
    private final String label;
    private final String title;

    ReportKind(String apiPart, String label, String title) {
        this.apiPart = apiPart;
        this.label = label;
        this.title = title;
    }

    public String apiPart() {
        return apiPart;
    }

    public String label() {
        return label;
    }

    public String title() {
        return title;
    }
}
