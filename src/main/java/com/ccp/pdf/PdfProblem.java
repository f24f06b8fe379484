package com.ccp.pdf;

/** Why a file cannot be read as a PDF; the caller names the file and maps the kind to its error code. */
public final class PdfProblem extends Exception {

    public enum Kind { NOT_A_PDF, ENCRYPTED, DAMAGED, TOO_MANY_PAGES }

    private final Kind kind;

    PdfProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
