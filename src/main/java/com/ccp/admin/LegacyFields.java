package com.ccp.admin;

import com.ccp.report.PageRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the values of a legacy {@code activity.json}: strict {@code MM/DD/YYYY} dates, amounts as the
 * JSON number's own digits, page ranges and text. A bad value is recorded as a problem (with the
 * employee key and record), never guessed.
 */
final class LegacyFields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** What the amount columns (DECIMAL(15,2)) hold. */
    private static final BigDecimal LARGEST = new BigDecimal("9999999999999.99");

    private final List<LegacyProblem> problems = new ArrayList<>();

    List<LegacyProblem> problems() {
        return problems;
    }

    @Nullable LocalDate date(String key, String label, JsonNode record) {
        String value = text(record, "date");
        if (value == null) {
            problem(key, label, "date", null, "is missing");
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            problem(key, label, "date", value, "is not a date in MM/DD/YYYY form");
            return null;
        }
    }

    /** An amount in dollars and cents, read from the JSON number's own digits. */
    @Nullable BigDecimal amount(String key, @Nullable String record, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            problem(key, record, field, null, "is missing");
            return null;
        }
        if (!value.isNumber()) {
            problem(key, record, field, value.asString(), "is not a number");
            return null;
        }
        BigDecimal amount = value.decimalValue();
        if (amount.stripTrailingZeros().scale() > 2) {
            problem(key, record, field, amount.toPlainString(), "has more than two decimals");
            return null;
        }
        if (amount.abs().compareTo(LARGEST) > 0) {
            problem(key, record, field, amount.toPlainString(), "is too large");
            return null;
        }
        return amount.setScale(2);
    }

    @Nullable PageRange pages(String key, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isArray() && value.size() == 2 && value.get(0).canConvertToInt() && value.get(1).canConvertToInt()
                && value.get(0).isIntegralNumber() && value.get(1).isIntegralNumber()) {
            int first = value.get(0).intValue();
            int last = value.get(1).intValue();
            if (first >= 1 && last >= first) {
                return new PageRange(first, last);
            }
        }
        problem(key, null, field, value.toString(), "is not a page range [first, last]");
        return null;
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.isString() ? value.stringValue() : value.toString();
        return text.isBlank() ? null : text.strip();
    }

    void problem(String employee, @Nullable String record, String field, @Nullable String value, String message) {
        problems.add(new LegacyProblem(employee, record, field, value, message));
    }
}
