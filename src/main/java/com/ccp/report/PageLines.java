package com.ccp.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page's text into lines and separates the header (its first three lines) and the footer
 * (its last line) from the body, without relying on any layout detail.
 */
final class PageLines {

    private static final Pattern PERIOD = Pattern.compile(
            "^(?:Statement\\s+)?Period\\s*:?\\s*(" + Amounts.DATE + ")\\s*(?:-|–|—|to)\\s*(" + Amounts.DATE + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)\\s*\\bPage\\s+\\d+\\s*(?:of|/)\\s*\\d+\\s*$");
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("(?i)^(?:Page\\s+)?\\d+\\s*(?:of|/)\\s*\\d+$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final int HEADER_LINES = 3;

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

    static Optional<ReportHeader> readHeader(String pageText, String title) {
        return readHeader(lines(pageText), title);
    }

    static Optional<ReportHeader> readHeader(List<String> lines, String title) {
        int at = pageNumberLines(lines, 0);
        if (lines.size() < at + HEADER_LINES) {
            return Optional.empty();
        }
        String first = withoutPageNumber(lines.get(at)).toUpperCase(Locale.ROOT);
        if (!first.startsWith(title)) {
            return Optional.empty();
        }
        String company = withoutPageNumber(lines.get(at + 1));
        Matcher period = PERIOD.matcher(lines.get(at + 2));
        if (company.isEmpty() || !period.find()) {
            return Optional.empty();
        }
        Optional<StatementPeriod> statementPeriod = period(period.group(1), period.group(2));
        return statementPeriod.map(p -> new ReportHeader(company, p));
    }

    private static Optional<StatementPeriod> period(String start, String end) {
        var from = Amounts.parseDate(start);
        var to = Amounts.parseDate(end);
        if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
            return Optional.empty();
        }
        return Optional.of(new StatementPeriod(from.get(), to.get()));
    }

    /**
     * The body lines of a text page: without its header and footer. A page that lacks the header
     * keeps all its lines but gets a warning; a header for another company or period gets one too.
     * The last line is the footer unless it is a line the report itself gives meaning to.
     */
    static List<String> body(List<String> lines, int page, String title, ReportHeader expected,
                             Predicate<String> meaningful, List<ParseWarning> warnings) {
        return bodyOf(lines, page, title, expected, meaningful, warnings).lines();
    }

    /** The body lines and the index of the first of them within {@code lines}. */
    record Body(int start, List<String> lines) {
    }

    static Body bodyOf(List<String> lines, int page, String title, ReportHeader expected,
                       Predicate<String> meaningful, List<ParseWarning> warnings) {
        int start = 0;
        Optional<ReportHeader> header = readHeader(lines, title);
        if (header.isPresent()) {
            start = pageNumberLines(lines, 0) + HEADER_LINES;
            if (!header.get().equals(expected)) {
                warnings.add(new ParseWarning(page, "The page header names " + describe(header.get())
                        + " but page 1 names " + describe(expected) + "; the page was read anyway."));
            }
            start = pageNumberLines(lines, start);
        } else if (!lines.isEmpty()) {
            warnings.add(new ParseWarning(page, "The page does not start with the report header ('"
                    + title + "', company, period); its lines were read anyway."));
        }
        int end = lines.size();
        if (end > start && !meaningful.test(lines.get(end - 1))) {
            end--;
        }
        return new Body(start, lines.subList(start, end));
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
        for (String word : line.split("[^\\p{L}#]+")) {
            if (columnWords.contains(word)) {
                found.add(word);
            }
        }
        return found.size() >= 2;
    }

    private static String describe(ReportHeader header) {
        return "'" + header.company() + "' " + header.period().start() + " to " + header.period().end();
    }

    /** Skips a page number printed on a line of its own, which may sort above or below the header. */
    private static int pageNumberLines(List<String> lines, int from) {
        int at = from;
        while (at < lines.size() && PAGE_NUMBER_LINE.matcher(lines.get(at)).matches()) {
            at++;
        }
        return at;
    }

    private static String withoutPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).replaceFirst("").strip();
    }
}
