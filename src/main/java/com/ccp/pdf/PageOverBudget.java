package com.ccp.pdf;

import org.jspecify.annotations.Nullable;

/**
 * A page cost more than its {@link PdfBudget}. Unchecked on purpose: PDFBox forgives an
 * IOException thrown while drawing a form ({@code Do}) and would carry on with the next operator.
 */
public final class PageOverBudget extends RuntimeException {

    public enum Reason { OPERATIONS, NESTING, TIME, STOPPED }

    private final Reason reason;
    private final int page;
    private final String why;

    PageOverBudget(Reason reason, int page, String why) {
        super("page " + page + " cannot be read: " + why, null, false, false);
        this.reason = reason;
        this.page = page;
        this.why = why;
    }

    public Reason reason() {
        return reason;
    }

    public int page() {
        return page;
    }

    String why() {
        return why;
    }

    /** For a user: "page 2 cannot be read: it takes more than 3,000,000 drawing operations, far more ...". */
    public String describe() {
        return describe(null);
    }

    /** As {@link #describe()}, naming the file: "page 2 of the CAR cannot be read: ...". */
    public String describe(@Nullable String file) {
        String text = "page " + page + (file == null ? "" : " of " + file) + " cannot be read: " + why;
        return switch (reason) {
            case OPERATIONS, NESTING -> text + ", far more than any report page needs";
            case TIME, STOPPED -> text;
        };
    }
}
