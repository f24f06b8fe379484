package com.ccp.base;

/** The stable error codes of api.md with their HTTP status. */
public enum ErrorCode {
    BAD_INPUT(400),
    NOT_A_PDF(400),
    ENCRYPTED_PDF(400),
    DAMAGED_PDF(400),
    WRONG_REPORT_KIND(400),
    PERIOD_MISMATCH(400),
    COMPANY_MISMATCH(400),
    TOO_LARGE(413),
    TOO_MANY_PAGES(413),
    NOT_FOUND(404),
    FORBIDDEN(403),
    INVALID_STATE(409),
    CONFLICT(409),
    DUPLICATE_EXPORT(409),
    READ_ONLY(403);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
