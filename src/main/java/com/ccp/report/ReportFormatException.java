package com.ccp.report;

/** The file is damaged or of the wrong kind so badly that nothing of it can be used. */
public class ReportFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportFormatException(String message) {
        super(message);
    }
}
