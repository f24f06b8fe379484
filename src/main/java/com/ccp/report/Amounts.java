package com.ccp.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading of the amounts, counts and dates printed in both reports. */
final class Amounts {

    private static final String NUMBER = "\\d{1,3}(?:,?\\d{3})*\\.\\d{2}";

    /** A CAR amount: {@code 1,234.56}, credit {@code (23.99)}; a minus or a {@code $} is also accepted. */
    static final String CAR_AMOUNT = "\\(?-?\\$?-?" + NUMBER + "\\)?";

    /** A receipt amount: {@code $1,234.56}, credit {@code -$23.99} (also {@code $-23.99}, {@code ($23.99)}). */
    static final String RECEIPT_AMOUNT = "\\(?-?(?:\\$\\s?)?-?" + NUMBER + "\\)?";

    static final String DATE = "\\d{1,2}/\\d{1,2}/\\d{4}";

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

    private static final Pattern NOT_DIGIT_OR_POINT = Pattern.compile("[^0-9.]");

    private Amounts() {
    }

    /** Parses either kind of printed amount; parentheses or a minus sign make it negative. */
    static BigDecimal parse(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("(") || t.contains("-");
        String digits = NOT_DIGIT_OR_POINT.matcher(t).replaceAll("");
        BigDecimal value = new BigDecimal(digits).setScale(2, RoundingMode.UNNECESSARY);
        return negative ? value.negate() : value;
    }

    static int parseCount(String text) {
        return Integer.parseInt(text.replace(",", "").trim());
    }

    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim(), US_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
