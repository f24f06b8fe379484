package com.ccp.report;

/** One thing wrong with a profile document, named by its field ({@code lines.transaction}, {@code dates}, …). */
public record ProfileProblem(String field, String message) {
}
