package com.ccp.employee;

/** What the parsers and the matcher could not place or want the user to know, by file and page. */
public record ReadingWarning(String source, int page, String message) {
}
