package com.ccp.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a report prints money, learned from how it prints 1234.56 and −1234.56 (formats.md §7): the
 * thousands and decimal separators, any currency text, and the credit notation. Thousands separators
 * and currency text may be left out in the report; the credit marker may not.
 */
public final class AmountNotation {

    private static final Pattern EXAMPLE_CORE = Pattern.compile("1([^\\d\\s]?|\\s)234([^\\d\\s])56");
    private static final Pattern CURRENCY_TOKEN = Pattern.compile("[\\p{L}\\p{Sc}]+");

    private final String regex;
    private final Pattern negative;
    private final char decimal;
    private final String thousands;

    private AmountNotation(String regex, Pattern negative, char decimal, String thousands) {
        this.regex = regex;
        this.negative = negative;
        this.decimal = decimal;
        this.thousands = thousands;
    }

    /**
     * Learns the notation, or throws with the problem found.
     *
     * @throws IllegalArgumentException when the examples do not show 1234.56 and −1234.56 in one notation
     */
    public static AmountNotation learn(String positiveExample, String negativeExample) {
        Example positive = Example.of(positiveExample, "positive");
        Example negative = Example.of(negativeExample, "negative");
        if (!positive.core.equals(negative.core)) {
            throw new IllegalArgumentException("the two examples use different separators ('" + positive.core
                    + "' and '" + negative.core + "'); write both in the report's one notation");
        }
        List<String> currency = new ArrayList<>();
        collectCurrency(positive.prefix, currency);
        collectCurrency(positive.suffix, currency);
        // a report may set its sign or currency apart from the digits by a space, or not
        String positiveBefore = affix(positive.prefix, currency) + "\\s*";
        String positiveAfter = "\\s*" + affix(positive.suffix, currency);
        String negativeBefore = affix(negative.prefix, currency) + "\\s*";
        String negativeAfter = "\\s*" + affix(negative.suffix, currency);
        if (strip(positive.prefix, currency).equals(strip(negative.prefix, currency))
                && strip(positive.suffix, currency).equals(strip(negative.suffix, currency))) {
            throw new IllegalArgumentException("the negative example must mark the credit (e.g. '(1,234.56)',"
                    + " '-1,234.56', '1,234.56 CR'), not only differ in currency text");
        }
        char decimal = positive.decimal;
        String thousands = positive.thousands;
        String number = number(thousands, decimal);
        String positiveFull = positiveBefore + number + positiveAfter;
        String negativeFull = negativeBefore + number + negativeAfter;
        return new AmountNotation("(?:" + negativeFull + "|" + positiveFull + ")", Pattern.compile(negativeFull,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), decimal, thousands);
    }

    /** A regular expression (no capturing groups) matching one printed amount. */
    public String regex() {
        return regex;
    }

    /** The thousands separator ("" when the examples show none). */
    String thousands() {
        return thousands;
    }

    /** The value of a printed amount that {@link #regex()} matched. */
    public BigDecimal parse(String text) {
        String t = text.strip();
        boolean credit = negative.matcher(t).matches();
        StringBuilder digits = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == decimal) {
                digits.append('.');
            }
        }
        BigDecimal value = new BigDecimal(digits.toString()).setScale(2, RoundingMode.UNNECESSARY);
        return credit ? value.negate() : value;
    }

    private static String number(String thousands, char decimal) {
        String dec = Pattern.quote(String.valueOf(decimal));
        if (thousands.isEmpty()) {
            return "\\d+" + dec + "\\d{2}";
        }
        String sep = thousands.isBlank() ? "\\s" : Pattern.quote(thousands);
        return "(?:\\d{1,3}(?:" + sep + "\\d{3})+|\\d+)" + dec + "\\d{2}";
    }

    private static void collectCurrency(String affix, List<String> currency) {
        Matcher m = CURRENCY_TOKEN.matcher(affix);
        while (m.find()) {
            currency.add(m.group());
        }
    }

    /** The affix as a regex: spaces optional, the positive example's currency text optional. */
    private static String affix(String affix, List<String> currency) {
        StringBuilder out = new StringBuilder();
        Matcher m = CURRENCY_TOKEN.matcher(affix);
        int at = 0;
        while (m.find()) {
            literal(affix.substring(at, m.start()), out);
            String token = Pattern.quote(m.group());
            out.append(currency.contains(m.group()) ? "(?:" + token + ")?" : token);
            at = m.end();
        }
        literal(affix.substring(at), out);
        return out.toString();
    }

    private static void literal(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isWhitespace(c) ? "\\s*" : Pattern.quote(String.valueOf(c)));
        }
    }

    private static String strip(String affix, List<String> currency) {
        String out = affix;
        for (String token : currency) {
            out = out.replace(token, "");
        }
        return out.replaceAll("\\s+", "");
    }

    /** One example split into the text before the digits, the digits with their separators, and after. */
    private record Example(String prefix, String core, String suffix, String thousands, char decimal) {

        static Example of(String text, String which) {
            String t = text.strip();
            Matcher m = EXAMPLE_CORE.matcher(t);
            if (!m.find()) {
                throw new IllegalArgumentException("the " + which + " example '" + text + "' does not show the"
                        + " digits of " + ("positive".equals(which) ? "1234.56" : "-1234.56")
                        + " (e.g. '1,234.56', '1234.56', '1.234,56')");
            }
            String prefix = t.substring(0, m.start());
            String suffix = t.substring(m.end());
            if ((prefix + suffix).chars().anyMatch(Character::isDigit)) {
                throw new IllegalArgumentException("the " + which + " example '" + text + "' holds other digits"
                        + " than those of 1234.56");
            }
            String thousands = m.group(1);
            char decimal = m.group(2).charAt(0);
            if (thousands.length() == 1 && thousands.charAt(0) == decimal) {
                throw new IllegalArgumentException("the " + which + " example '" + text + "' uses the same"
                        + " character for thousands and decimals");
            }
            if ("positive".equals(which) && (prefix.contains("-") || prefix.contains("(") || suffix.contains(")")
                    || suffix.contains("-"))) {
                throw new IllegalArgumentException("the positive example '" + text + "' looks like a credit");
            }
            return new Example(prefix, m.group(), suffix, thousands, decimal);
        }
    }
}
