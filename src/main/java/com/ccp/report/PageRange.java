package com.ccp.report;

/** Inclusive 1-based page range within one PDF. */
public record PageRange(int first, int last) {

    public PageRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad page range " + first + "-" + last);
        }
    }

    public PageRange extendTo(int page) {
        return new PageRange(Math.min(first, page), Math.max(last, page));
    }

    public int size() {
        return last - first + 1;
    }
}
