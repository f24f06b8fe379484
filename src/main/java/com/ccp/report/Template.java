package com.ccp.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One compiled line template of a report profile (formats.md §7): literal words that match ignoring
 * case, a space for one or more spaces, {@code [optional parts]} and typed {@code {placeholders}}.
 * A template matches a whole line; the header's period and page templates are also found inside one.
 */
public final class Template {

    /** The placeholders of the language and what kind of text each matches. */
    enum Type { AMOUNT, DATE, NUMBER, DIGITS, WORD, TEXT }

    static final Map<String, Type> PLACEHOLDERS = Map.ofEntries(
            Map.entry("amount", Type.AMOUNT),
            Map.entry("transDate", Type.DATE), Map.entry("postDate", Type.DATE), Map.entry("date", Type.DATE),
            Map.entry("start", Type.DATE), Map.entry("end", Type.DATE),
            Map.entry("count", Type.NUMBER), Map.entry("cardholders", Type.NUMBER),
            Map.entry("transactions", Type.NUMBER), Map.entry("page", Type.NUMBER), Map.entry("pages", Type.NUMBER),
            Map.entry("employeeId", Type.DIGITS),
            Map.entry("reference", Type.WORD), Map.entry("receiptId", Type.WORD), Map.entry("account", Type.WORD),
            Map.entry("name", Type.TEXT), Map.entry("merchant", Type.TEXT), Map.entry("costCenter", Type.TEXT));

    /** The notations a template's typed placeholders use. */
    record Notations(AmountNotation amounts, DateNotation dates) {
    }

    private final String source;
    private final Pattern whole;
    private final Pattern anywhere;
    private final Set<String> placeholders;
    private final Notations notations;
    private final String head;
    /** The first literal word a matching line must start with ("" when the template starts otherwise). */
    private final String firstWord;
    private final @Nullable String optionalIdPart;

    private Template(String source, String regex, Set<String> placeholders, Notations notations, String head,
            @Nullable String optionalIdPart) {
        this.source = source;
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.whole = Pattern.compile("^" + regex + "$", flags);
        this.anywhere = Pattern.compile(regex, flags);
        this.placeholders = placeholders;
        this.notations = notations;
        this.head = head;
        int space = head.indexOf(' ');
        this.firstWord = space < 0 ? head : head.substring(0, space);
        this.optionalIdPart = optionalIdPart;
    }

    /**
     * Compiles a template whose placeholders must be {@code required} (each exactly once, never in an
     * optional part) or {@code optional} (at most once).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static Template compile(String source, Set<String> required, Set<String> optional, Notations notations) {
        String text = source.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the template is empty");
        }
        List<Token> tokens = new Parser(text).parse();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        collect(tokens, false, seen, problems);
        for (var entry : seen.entrySet()) {
            String name = entry.getKey();
            if (!required.contains(name) && !optional.contains(name)) {
                problems.add("{" + name + "} is not a placeholder of this line" + allowed(required, optional));
            } else if (required.contains(name) && entry.getValue()) {
                problems.add("{" + name + "} is required and must not be inside [ ]");
            }
        }
        for (String name : required) {
            if (!seen.containsKey(name)) {
                problems.add("{" + name + "} is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        StringBuilder regex = new StringBuilder();
        emit(tokens, regex, notations);
        return new Template(text, regex.toString(), Set.copyOf(seen.keySet()), notations, head(tokens),
                optionalPart(tokens, "employeeId"));
    }

    private static String allowed(Set<String> required, Set<String> optional) {
        Set<String> all = new HashSet<>(required);
        all.addAll(optional);
        return all.isEmpty() ? " (it takes none)" : " (it takes " + all.stream().sorted().map(p -> "{" + p + "}")
                .reduce((a, b) -> a + ", " + b).orElse("") + ")";
    }

    public String source() {
        return source;
    }

    /** The literal words before the first placeholder, e.g. {@code Report Total:}. */
    String head() {
        return head;
    }

    /** The optional part holding {@code {employeeId}}, as a template of its own, or null. */
    @Nullable String optionalIdPart() {
        return optionalIdPart;
    }

    boolean has(String placeholder) {
        return placeholders.contains(placeholder);
    }

    /** The match of the whole line, or null. */
    @Nullable Match match(String line) {
        if (!startsRight(line)) {
            return null;
        }
        Matcher m = whole.matcher(line);
        return m.matches() ? new Match(m) : null;
    }

    boolean matches(String line) {
        return startsRight(line) && whole.matcher(line).matches();
    }

    /** Most lines are ruled out by their first word, without a regex (reading is a hot loop). */
    private boolean startsRight(String line) {
        return line.regionMatches(true, 0, firstWord, 0, firstWord.length());
    }

    /** The first match inside the line, or null. */
    @Nullable Match find(String line) {
        Matcher m = anywhere.matcher(line);
        return m.find() ? new Match(m) : null;
    }

    /** What a template matched: typed values of its placeholders. */
    final class Match {
        private final Matcher m;

        private Match(Matcher m) {
            this.m = m;
        }

        int start() {
            return m.start();
        }

        int end() {
            return m.end();
        }

        @Nullable String text(String placeholder) {
            if (!placeholders.contains(placeholder)) {
                return null;
            }
            String value = m.group(placeholder);
            return value == null ? null : value.strip();
        }

        @Nullable BigDecimal amount() {
            String value = text("amount");
            return value == null ? null : notations.amounts().parse(value);
        }

        /** The date, empty when printed but impossible; null when absent. */
        @Nullable Optional<LocalDate> date(String placeholder) {
            String value = text(placeholder);
            return value == null ? null : notations.dates().parse(value);
        }

        @Nullable Integer number(String placeholder) {
            String value = text(placeholder);
            if (value == null) {
                return null;
            }
            String digits = value.replaceAll("\\D", "");
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
    }

    // --- the template language ---

    private sealed interface Token permits Literal, Space, Placeholder, Optional_ {
    }

    private record Literal(String text) implements Token {
    }

    private record Space() implements Token {
    }

    private record Placeholder(String name) implements Token {
    }

    private record Optional_(List<Token> tokens) implements Token {
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        List<Token> parse() {
            List<Token> tokens = sequence(false);
            if (at < text.length()) {
                throw new IllegalArgumentException("']' at position " + (at + 1) + " closes no '['");
            }
            return tokens;
        }

        private List<Token> sequence(boolean inOptional) {
            List<Token> tokens = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == ']') {
                    if (!inOptional) {
                        break;
                    }
                    flush(literal, tokens);
                    at++;
                    return tokens;
                }
                if (c == '[') {
                    flush(literal, tokens);
                    at++;
                    List<Token> inner = sequence(true);
                    if (inner.isEmpty()) {
                        throw new IllegalArgumentException("'[ ]' is empty");
                    }
                    tokens.add(new Optional_(inner));
                } else if (c == '{') {
                    flush(literal, tokens);
                    int close = text.indexOf('}', at);
                    if (close < 0) {
                        throw new IllegalArgumentException("'{' at position " + (at + 1) + " is never closed");
                    }
                    String name = text.substring(at + 1, close).strip();
                    if (!PLACEHOLDERS.containsKey(name)) {
                        throw new IllegalArgumentException("{" + name + "} is not a placeholder of the language"
                                + " (known: " + String.join(", ", PLACEHOLDERS.keySet().stream().sorted().toList())
                                + ")");
                    }
                    tokens.add(new Placeholder(name));
                    at = close + 1;
                } else if (Character.isWhitespace(c)) {
                    flush(literal, tokens);
                    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                        at++;
                    }
                    tokens.add(new Space());
                    continue;
                } else if (c == '}') {
                    throw new IllegalArgumentException("'}' at position " + (at + 1) + " opens no placeholder");
                } else {
                    literal.append(c);
                }
                if (c != '[' && c != '{') {
                    at++;
                }
            }
            if (inOptional) {
                throw new IllegalArgumentException("a '[' is never closed by ']'");
            }
            flush(literal, tokens);
            return tokens;
        }

        private static void flush(StringBuilder literal, List<Token> tokens) {
            if (!literal.isEmpty()) {
                tokens.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
        }
    }

    private static void collect(List<Token> tokens, boolean optional, Map<String, Boolean> seen,
            List<String> problems) {
        for (Token token : tokens) {
            if (token instanceof Placeholder p) {
                if (seen.containsKey(p.name())) {
                    problems.add("{" + p.name() + "} appears more than once");
                }
                seen.put(p.name(), optional);
            } else if (token instanceof Optional_ o) {
                collect(o.tokens(), true, seen, problems);
            }
        }
    }

    private static void emit(List<Token> tokens, StringBuilder regex, Notations notations) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token) {
                case Literal l -> regex.append(Pattern.quote(l.text()));
                case Space s -> {
                    if (i + 1 < tokens.size() && tokens.get(i + 1) instanceof Placeholder p
                            && p.name().equals("merchant")) {
                        // a merchant cut to nothing by its column leaves the space and the name out
                        regex.append("(?:\\s+(?<merchant>.+?))?");
                        i++;
                    } else {
                        regex.append("\\s+");
                    }
                }
                case Placeholder p -> regex.append("(?<").append(p.name()).append('>')
                        .append(regexOf(p.name(), notations)).append(')');
                case Optional_ o -> {
                    regex.append("(?:");
                    emit(o.tokens(), regex, notations);
                    regex.append(")?");
                }
            }
        }
    }

    private static String regexOf(String placeholder, Notations notations) {
        return switch (PLACEHOLDERS.get(placeholder)) {
            case AMOUNT -> notations.amounts().regex();
            case DATE -> notations.dates().regex();
            case NUMBER -> numberRegex(notations.amounts().thousands());
            case DIGITS, WORD -> "\\S+";
            case TEXT -> ".+?";
        };
    }

    private static String numberRegex(String thousands) {
        String sep = thousands.isEmpty() || thousands.isBlank() ? "," : Pattern.quote(thousands);
        return "(?:\\d{1,3}(?:" + sep + "\\d{3})+|\\d+)";
    }

    private static String head(List<Token> tokens) {
        StringBuilder head = new StringBuilder();
        for (Token token : tokens) {
            if (token instanceof Literal l) {
                head.append(l.text());
            } else if (token instanceof Space) {
                head.append(' ');
            } else {
                break;
            }
        }
        return head.toString().strip();
    }

    /** The source text of the optional part that holds the placeholder, without its leading spaces. */
    private static @Nullable String optionalPart(List<Token> tokens, String placeholder) {
        for (Token token : tokens) {
            if (token instanceof Optional_ o && o.tokens().stream()
                    .anyMatch(t -> t instanceof Placeholder p && p.name().equals(placeholder))) {
                return render(o.tokens()).strip();
            }
        }
        return null;
    }

    private static String render(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            switch (token) {
                case Literal l -> out.append(l.text());
                case Space s -> out.append(' ');
                case Placeholder p -> out.append('{').append(p.name()).append('}');
                case Optional_ o -> out.append('[').append(render(o.tokens())).append(']');
            }
        }
        return out.toString();
    }
}
