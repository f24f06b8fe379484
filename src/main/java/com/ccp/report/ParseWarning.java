package com.ccp.report;

/** A line the parser could not place, or a fact worth telling the user; never silently dropped. */
public record ParseWarning(int page, String message) {
}
