package com.ccp.export;

/** The three files of a batch, with the last segment of their download path. */
public enum ExportFileKind {
    PVAULT("pvault.zip", "application/zip"),
    EXCEPTIONS_CSV("exceptions.csv", "text/csv; charset=UTF-8"),
    EXCEPTIONS_PDF("exceptions.pdf", "application/pdf");

    private final String pathName;
    private final String contentType;

    ExportFileKind(String pathName, String contentType) {
        this.pathName = pathName;
        this.contentType = contentType;
    }

    public String pathName() {
        return pathName;
    }

    public String contentType() {
        return contentType;
    }
}
