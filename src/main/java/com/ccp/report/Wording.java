package com.ccp.report;

/** A profile compiled for reading: its header and the templates of its kind. */
public sealed interface Wording permits CarWording, ReceiptWording {

    ReportProfile profile();

    HeaderWording header();

    /** True when the page's first text line is this wording's title. */
    default boolean titleMatches(String firstPageText) {
        return header().titleMatches(PageLines.lines(firstPageText));
    }
}
