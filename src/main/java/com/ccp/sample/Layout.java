package com.ccp.sample;

/** Two visibly different issuer layouts of the same report content. */
public enum Layout {
    /** US Letter, Helvetica, centred title, full merchant names, {@code Printed ... Confidential}. */
    STANDARD,
    /** A4, Courier, left-aligned title, cut merchant names, narrow wrapping, {@code Generated ...}. */
    ALT
}
