package com.ccp.base.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the views write money, dates and page ranges. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

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

    public static String pages(@Nullable Integer first, @Nullable Integer last) {
        if (first == null || last == null) {
            return "—";
        }
        return first.equals(last) ? "p. " + first : "pp. " + first + "–" + last;
    }
}
