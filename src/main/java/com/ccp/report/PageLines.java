package com.ccp.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Splits a page's text into lines and separates the header (its first three lines) and the footer
 * (its last line) from the body, without relying on any layout detail.
 */
final class PageLines {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}#]+");

    private PageLines() {
    }

    /** The non-blank lines of a page, trimmed, with runs of white space folded to one space. */
    static List<String> lines(String pageText) {
        List<String> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(pageText)) {
            String line = WHITE_SPACE.matcher(raw.replace('\u00A0', ' ').strip()).replaceAll(" ");
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * The body lines of a text page: without its header and footer. A page that lacks the header
     * keeps all its lines but gets a warning; a header for another company or period gets one too.
     * The last line is the footer unless it is a line the report itself gives meaning to.
     */
    static List<String> body(List<String> lines, int page, HeaderWording wording, ReportHeader expected,
                             Predicate<String> meaningful, List<ParseWarning> warnings) {
        return bodyOf(lines, page, wording, expected, meaningful, warnings).lines();
    }

    /** The body lines and the index of the first of them within {@code lines}. */
    record Body(int start, List<String> lines) {
    }

    static Body bodyOf(List<String> lines, int page, HeaderWording wording, ReportHeader expected,
                       Predicate<String> meaningful, List<ParseWarning> warnings) {
        int start = 0;
        Optional<ReportHeader> header = wording.read(lines);
        if (header.isPresent()) {
            start = wording.pageNumberLines(lines, 0) + HeaderWording.LINES;
            if (!header.get().equals(expected)) {
                warnings.add(new ParseWarning(page, "The page header names " + describe(header.get())
                        + " but page 1 names " + describe(expected) + "; the page was read anyway."));
            }
            start = wording.pageNumberLines(lines, start);
        } else if (!lines.isEmpty()) {
            warnings.add(new ParseWarning(page, "The page does not start with the report header ('"
                    + wording.title() + "', company, period); its lines were read anyway."));
        }
        int end = lines.size();
        if (end > start && !meaningful.test(lines.get(end - 1))) {
            end--;
        }
        return new Body(start, lines.subList(start, end));
    }

    /** The words of a column header template, as {@link #columnHeader} compares them. */
    static Set<String> columnWords(String template) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_WORD.split(template.toUpperCase(java.util.Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * A column header line, whatever its layout: no digits and at least two of the column words
     * (a two-line column header gives two such lines).
     */
    static boolean columnHeader(String line, Set<String> columnWords) {
        if (line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        Set<String> found = new HashSet<>();
        for (String word : NOT_WORD.split(line.toUpperCase(java.util.Locale.ROOT))) {
            if (columnWords.contains(word)) {
                found.add(word);
            }
        }
        return found.size() >= 2;
    }

    private static String describe(ReportHeader header) {
        return "'" + header.company() + "' " + header.period().start() + " to " + header.period().end();
    }
}
