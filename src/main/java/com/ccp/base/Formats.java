package com.ccp.base;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the screens, the documents and the e-mails write money, dates and page ranges: the one place
 * they are formatted for people, in a form no reader can take for another day ({@code 3 Dec 2026},
 * {@code 3 Dec 2026 08:15}, {@code Dec 2026}).
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE_TIME_ZONE = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm z",
            Locale.ENGLISH).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private Formats() {
    }

    public static String money(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("$#,##0.00;-$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount);
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** With the time zone, for documents that leave the app: {@code 3 Dec 2026 08:15 UTC}. */
    public static String dateTimeWithZone(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME_ZONE.format(instant);
    }

    public static String month(@Nullable YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** A statement period as stored ({@code 2026-11}) in words ({@code Nov 2026}); other text as it is. */
    public static String period(@Nullable String period) {
        if (period == null || period.isBlank()) {
            return "";
        }
        try {
            return month(YearMonth.parse(period.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return period;
        }
    }

    private static final java.util.regex.Pattern US_DATE = java.util.regex.Pattern.compile(
            "\\b(\\d{2})/(\\d{2})/(\\d{4})\\b");

    /**
     * A stored text (an issue's or a hint's detail, written when the files were read) with its
     * MM/dd/yyyy dates written the way the screens write dates.
     */
    public static String datesIn(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return US_DATE.matcher(text).replaceAll(match -> {
            try {
                return date(LocalDate.of(Integer.parseInt(match.group(3)), Integer.parseInt(match.group(1)),
                        Integer.parseInt(match.group(2))));
            } catch (java.time.DateTimeException e) {
                return match.group();
            }
        });
    }

    public static String pages(@Nullable Integer first, @Nullable Integer last) {
        if (first == null || last == null) {
            return "—";
        }
        return first.equals(last) ? "p. " + first : "pp. " + first + "–" + last;
    }
}
