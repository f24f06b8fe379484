package com.ccp.ingestion;

/**
 * A background read of a session has recorded EXTRACTING at page 0 of {@code pagesTotal} and is
 * about to read its first page. Published from the reading thread: a listener runs before any page
 * is read.
 */
public record ReadStarted(String sessionId, int pagesTotal) {
}
