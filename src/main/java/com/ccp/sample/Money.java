package com.ccp.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amount formatting of the two reports: CAR {@code 1,234.56} and {@code (23.99)}, receipts
 * {@code $1,234.56} and {@code -$23.99}.
 */
final class Money {

    static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static String plain(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount.abs().setScale(2, RoundingMode.UNNECESSARY));
    }

    static String car(BigDecimal amount) {
        return amount.signum() < 0 ? "(" + plain(amount) + ")" : plain(amount);
    }

    static String receipt(BigDecimal amount) {
        return (amount.signum() < 0 ? "-$" : "$") + plain(amount);
    }

    static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }
}
