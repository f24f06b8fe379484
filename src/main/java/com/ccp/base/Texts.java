package com.ccp.base;

/** Text that goes into a bounded column. */
public final class Texts {

    private Texts() {
    }

    /** The text, cut to {@code max} characters with an ellipsis when longer. */
    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
