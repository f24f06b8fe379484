package com.ccp.api;

import com.ccp.report.PageRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The API's value conventions: amounts as strings with two decimals, page ranges as [first, last]. */
final class Json {

    private Json() {
    }

    static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static @Nullable String amountOrNull(@Nullable BigDecimal value) {
        return value == null ? null : amount(value);
    }

    static @Nullable List<Integer> pages(@Nullable PageRange range) {
        return range == null ? null : List.of(range.first(), range.last());
    }
}
