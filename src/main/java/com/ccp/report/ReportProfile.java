package com.ccp.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report profile document (formats.md §7), validated: the wording of one issuer's CAR or one
 * expense tool's receipt report. {@code json} is the document as stored and shown.
 */
public record ReportProfile(String id, String name, ProfileKind kind, String title, String dates, String positive,
        String negative, @Nullable NameOrder names, Map<String, String> lines, Map<String, String> labels,
        String json) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{3,60}");
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public ReportProfile {
        lines = Map.copyOf(lines);
        labels = Map.copyOf(labels);
    }

    /** The title as compared: upper case, runs of spaces folded. */
    public String titleKey() {
        return titleKey(title);
    }

    static String titleKey(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** How the report prints names; a receipt profile without {@code names} prints them first name first. */
    public NameOrder nameOrder() {
        return names != null ? names : kind == ProfileKind.CAR ? NameOrder.LAST_FIRST : NameOrder.FIRST_LAST;
    }

    /**
     * Reads and checks a profile document: every problem is collected, none is stored.
     *
     * @throws InvalidProfileException listing every problem by field
     */
    public static ReportProfile parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidProfileException(List.of(new ProfileProblem("document",
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidProfileException(List.of(new ProfileProblem("document", "must be a JSON object")));
        }
        return new Reader((ObjectNode) root).read();
    }

    /** Compiles the templates; a profile from {@link #parse} always compiles. */
    public Wording compile() {
        return kind == ProfileKind.CAR ? CarWording.of(this) : ReceiptWording.of(this);
    }

    private static final class Reader {
        private final ObjectNode root;
        private final List<ProfileProblem> problems = new ArrayList<>();

        Reader(ObjectNode root) {
            this.root = root;
        }

        ReportProfile read() {
            for (String key : root.propertyNames()) {
                if (!ProfileSchema.TOP_KEYS.contains(key)) {
                    problem(key, "unknown key (known: " + String.join(", ", ProfileSchema.TOP_KEYS.stream().sorted()
                            .toList()) + ")");
                }
            }
            String id = text("id", true);
            if (id != null && !ID.matcher(id).matches()) {
                problem("id", "must be 3–60 lower-case letters, digits and '-'");
            }
            String name = text("name", true);
            ProfileKind kind = kind();
            String title = text("title", true);
            String dates = text("dates", true);
            DateNotation dateNotation = dates == null ? null : dateNotation(dates);
            String positive = null;
            String negative = null;
            AmountNotation amounts = null;
            JsonNode amountsNode = root.get("amounts");
            if (amountsNode == null || !amountsNode.isObject()) {
                problem("amounts", amountsNode == null ? "is missing" : "must be an object {positive, negative}");
            } else {
                unknownKeys((ObjectNode) amountsNode, "amounts", List.of("positive", "negative"));
                positive = text(amountsNode, "amounts.positive");
                negative = text(amountsNode, "amounts.negative");
                if (positive != null && negative != null) {
                    try {
                        amounts = AmountNotation.learn(positive, negative);
                    } catch (IllegalArgumentException e) {
                        problem("amounts", e.getMessage());
                    }
                }
            }
            NameOrder names = names(kind);
            Map<String, String> lines = kind == null ? Map.of() : lines(kind, amounts, dateNotation);
            Map<String, String> labels = kind == null ? Map.of() : labels(kind);
            if (!problems.isEmpty()) {
                throw new InvalidProfileException(problems);
            }
            return new ReportProfile(Objects.requireNonNull(id), Objects.requireNonNull(name),
                    Objects.requireNonNull(kind), Objects.requireNonNull(title), Objects.requireNonNull(dates),
                    Objects.requireNonNull(positive), Objects.requireNonNull(negative), names, lines, labels,
                    MAPPER.writeValueAsString(root));
        }

        private @Nullable ProfileKind kind() {
            String kind = text("kind", true);
            if (kind == null) {
                return null;
            }
            try {
                return ProfileKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                problem("kind", "must be CAR or RECEIPTS, not '" + kind + "'");
                return null;
            }
        }

        private @Nullable NameOrder names(@Nullable ProfileKind kind) {
            String names = text("names", kind == ProfileKind.CAR);
            if (names == null) {
                return null;
            }
            try {
                return NameOrder.valueOf(names);
            } catch (IllegalArgumentException e) {
                problem("names", "must be LAST_FIRST or FIRST_LAST, not '" + names + "'");
                return null;
            }
        }

        private @Nullable DateNotation dateNotation(String pattern) {
            try {
                return DateNotation.of(pattern);
            } catch (IllegalArgumentException e) {
                problem("dates", e.getMessage());
                return null;
            }
        }

        private Map<String, String> lines(ProfileKind kind, @Nullable AmountNotation amounts,
                @Nullable DateNotation dates) {
            JsonNode node = root.get("lines");
            if (node == null || !node.isObject()) {
                problem("lines", node == null ? "is missing" : "must be an object of line templates");
                return Map.of();
            }
            List<ProfileSchema.Line> schema = ProfileSchema.lines(kind);
            unknownKeys((ObjectNode) node, "lines", schema.stream().map(ProfileSchema.Line::key).toList());
            Map<String, String> lines = new LinkedHashMap<>();
            for (ProfileSchema.Line line : schema) {
                String field = "lines." + line.key();
                JsonNode value = node.get(line.key());
                if (value == null || value.isNull()) {
                    if (line.mandatory()) {
                        problem(field, "is missing");
                    }
                    continue;
                }
                String template = text(node, field);
                if (template == null) {
                    continue;
                }
                lines.put(line.key(), template);
                // with a bad amount or date notation (a problem of its own), placeholders are still checked
                Template.Notations notations = new Template.Notations(
                        amounts != null ? amounts : AmountNotation.learn("1,234.56", "-1,234.56"),
                        dates != null ? dates : DateNotation.of("MM/dd/yyyy"));
                try {
                    Template.compile(template, line.required(), line.optional(), notations);
                } catch (IllegalArgumentException e) {
                    problem(field, e.getMessage());
                }
            }
            return lines;
        }

        private Map<String, String> labels(ProfileKind kind) {
            JsonNode node = root.get("labels");
            if (node == null || !node.isObject()) {
                problem("labels", node == null ? "is missing" : "must be an object of labels");
                return Map.of();
            }
            List<String> keys = ProfileSchema.labels(kind);
            unknownKeys((ObjectNode) node, "labels", keys);
            Map<String, String> labels = new LinkedHashMap<>();
            for (String key : keys) {
                String value = text(node, "labels." + key);
                if (value != null) {
                    labels.put(key, value.strip());
                }
            }
            return labels;
        }

        private void unknownKeys(ObjectNode node, String field, List<String> known) {
            for (String key : node.propertyNames()) {
                if (!known.contains(key)) {
                    problem(field + "." + key, "unknown key (known: " + String.join(", ", known) + ")");
                }
            }
        }

        private @Nullable String text(String key, boolean required) {
            JsonNode value = root.get(key);
            if (value == null || value.isNull()) {
                if (required) {
                    problem(key, "is missing");
                }
                return null;
            }
            return text(root, key, key);
        }

        private @Nullable String text(JsonNode parent, String field) {
            String key = field.substring(field.indexOf('.') + 1);
            JsonNode value = parent.get(key);
            if (value == null || value.isNull()) {
                problem(field, "is missing");
                return null;
            }
            return text(parent, key, field);
        }

        private @Nullable String text(JsonNode parent, String key, String field) {
            JsonNode value = parent.get(key);
            if (!value.isString() || value.asString().isBlank()) {
                problem(field, "must be a non-empty text");
                return null;
            }
            return value.asString();
        }

        private void problem(String field, String message) {
            problems.add(new ProfileProblem(field, message));
        }
    }
}
