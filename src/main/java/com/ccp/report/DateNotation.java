package com.ccp.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one date notation of a report, from a {@link DateTimeFormatter} pattern with English month
 * names (formats.md §7). Numeric fields may be printed without their leading zero; {@code yy} years
 * are 2000–2099.
 */
public final class DateNotation {

    private final String pattern;
    private final String regex;
    private final DateTimeFormatter formatter;

    private DateNotation(String pattern, String regex, DateTimeFormatter formatter) {
        this.pattern = pattern;
        this.regex = regex;
        this.formatter = formatter;
    }

    /**
     * @throws IllegalArgumentException when the pattern is not a date pattern of year, month and day
     */
    public static DateNotation of(String pattern) {
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("the date pattern is empty; write e.g. 'MM/dd/yyyy'");
        }
        DateTimeFormatter formatter;
        try {
            formatter = new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern: " + e.getMessage());
        }
        String regex = regex(pattern);
        return new DateNotation(pattern, regex, formatter);
    }

    public String pattern() {
        return pattern;
    }

    /** A regular expression (no capturing groups) matching the shape of one printed date. */
    public String regex() {
        return regex;
    }

    /** The date, or empty for a date of the right shape that does not exist (month 13, day 45). */
    public Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), formatter));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String regex(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean year = false;
        boolean month = false;
        boolean day = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int end = pattern.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("'" + pattern + "' has an unclosed quote");
                }
                String literal = end == i + 1 ? "'" : pattern.substring(i + 1, end);
                out.append(Pattern.quote(literal));
                i = end + 1;
                continue;
            }
            if (Character.isLetter(c)) {
                int run = 1;
                while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                    run++;
                }
                out.append(field(pattern, c, run));
                year |= c == 'y' || c == 'u';
                month |= c == 'M' || c == 'L';
                day |= c == 'd';
                i += run;
                continue;
            }
            out.append(Character.isWhitespace(c) ? "\\s+" : Pattern.quote(String.valueOf(c)));
            i++;
        }
        if (!year || !month || !day) {
            throw new IllegalArgumentException("'" + pattern + "' must give the year (y), the month (M) and the day"
                    + " (d)");
        }
        return out.toString();
    }

    private static String field(String pattern, char letter, int run) {
        return switch (letter) {
            case 'y', 'u' -> run == 2 ? "\\d{2}" : run == 1 ? "\\d{1,4}" : "\\d{4}";
            case 'M', 'L' -> run <= 2 ? "\\d{1,2}" : run == 3 ? "\\p{L}{3}" : "\\p{L}{3,9}";
            case 'd' -> "\\d{1,2}";
            case 'E' -> run <= 3 ? "\\p{L}{3}" : "\\p{L}{6,9}";
            default -> throw new IllegalArgumentException("'" + pattern + "' uses '" + letter + "'; a report date"
                    + " pattern may only use y, u, M, L, d and E");
        };
    }
}
