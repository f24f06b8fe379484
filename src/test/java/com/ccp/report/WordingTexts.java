package com.ccp.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page texts of a report in any profile's wording, written from the profile's own templates and
 * notations: what a text extractor gives for a report in that wording. Optional parts are printed
 * when all their values are given.
 */
final class WordingTexts {

    private static final Pattern CORE = Pattern.compile("1(\\D?)234(\\D)56");

    private final ReportProfile profile;
    private final String company;
    private final LocalDate start;
    private final LocalDate end;
    private final List<List<String>> pages = new ArrayList<>();

    WordingTexts(ReportProfile profile, String company, LocalDate start, LocalDate end) {
        this.profile = profile;
        this.company = company;
        this.start = start;
        this.end = end;
    }

    /** A text page: the header, these body lines, a footer. */
    WordingTexts page(String... lines) {
        pages.add(List.of(lines));
        return this;
    }

    /** A page with no text at all (a scanned receipt). */
    WordingTexts imagePage() {
        pages.add(null);
        return this;
    }

    List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i) == null) {
                texts.add("");
                continue;
            }
            StringBuilder text = new StringBuilder();
            text.append(profile.title().toUpperCase(Locale.ROOT)).append('\n').append(company).append('\n')
                    .append(line("period", Map.of("start", start, "end", end))).append("     ")
                    .append(line("page", Map.of("page", i + 1, "pages", pages.size()))).append('\n');
            pages.get(i).forEach(l -> text.append(l).append('\n'));
            text.append("Printed by the issuer - confidential\n");
            texts.add(text.toString());
        }
        return texts;
    }

    /** A line of the template {@code key} with these values (amounts as BigDecimal, dates as LocalDate). */
    String line(String key, Map<String, ?> values) {
        return render(profile.lines().get(key), values);
    }

    /** A coding or detail line: the label and its value. */
    String label(String key, String value) {
        return profile.labels().get(key) + " " + value;
    }

    String amount(BigDecimal value) {
        String example = value.signum() < 0 ? profile.negative() : profile.positive();
        Matcher m = CORE.matcher(example);
        m.find();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.US);
        symbols.setDecimalSeparator(m.group(2).charAt(0));
        String pattern = "0.00";
        if (!m.group(1).isEmpty()) {
            symbols.setGroupingSeparator(m.group(1).charAt(0));
            pattern = "#,##0.00";
        }
        String digits = new DecimalFormat(pattern, symbols).format(value.abs().setScale(2, RoundingMode.UNNECESSARY));
        return example.substring(0, m.start()) + digits + example.substring(m.end());
    }

    private String render(String template, Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '[') {
                int close = matching(template, i);
                String part = template.substring(i + 1, close);
                if (allGiven(part, values)) {
                    out.append(render(part, values));
                }
                i = close + 1;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                out.append(value(template.substring(i + 1, close), values.get(template.substring(i + 1, close))));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String value(String placeholder, Object value) {
        return switch (value) {
            case BigDecimal amount -> amount(amount);
            case LocalDate date -> DateTimeFormatter.ofPattern(profile.dates(), Locale.ENGLISH).format(date);
            case null -> throw new IllegalArgumentException("no value for {" + placeholder + "}");
            default -> value.toString();
        };
    }

    private static boolean allGiven(String part, Map<String, ?> values) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(part);
        while (m.find()) {
            if (values.get(m.group(1)) == null) {
                return false;
            }
        }
        return true;
    }

    private static int matching(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            if (template.charAt(i) == '[') {
                depth++;
            } else if (template.charAt(i) == ']' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced [ in " + template);
    }
}
