package com.ccp.reconciliation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How amounts and dates are written in findings: {@code $1,234.56}, {@code -$23.99}, {@code 03/01/2025}. */
public final class Money {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private Money() {
    }

    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_UP);
        return (value.signum() < 0 ? "-$" : "$") + format.format(value.abs());
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
