package com.ccp.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A CAR profile compiled for reading (formats.md §1 rules, §7 words). */
public final class CarWording implements Wording {

    /** The coding parts a label can introduce. */
    enum Part { JOB, PHASE, COST_TYPE, GL_ACCOUNT, DESCRIPTION }

    private final ReportProfile profile;
    private final HeaderWording header;
    final Template cardholder;
    final @Nullable Template idLine;
    final @Nullable Template continued;
    final @Nullable Template account;
    final Template columns;
    final Set<String> columnWords;
    final Template transaction;
    final Template cardholderTotal;
    final Template reportTotal;
    final Labels labels;

    private CarWording(ReportProfile profile, HeaderWording header, Map<String, Template> t, Labels labels) {
        this.profile = profile;
        this.header = header;
        this.cardholder = t.get("cardholder");
        this.continued = t.get("continued");
        this.account = t.get("account");
        this.columns = t.get("columns");
        this.columnWords = PageLines.columnWords(columns.source());
        this.transaction = t.get("transaction");
        this.cardholderTotal = t.get("cardholderTotal");
        this.reportTotal = t.get("reportTotal");
        this.labels = labels;
        String idPart = cardholder.optionalIdPart();
        this.idLine = idPart == null ? null
                : Templates.compile(idPart, Set.of("employeeId"), Set.of(), profile);
    }

    static CarWording of(ReportProfile profile) {
        Map<String, Template> templates = Templates.compileAll(profile, ProfileSchema.CAR_LINES);
        HeaderWording header = new HeaderWording(profile.title(), templates.get("period"), templates.get("page"));
        Map<String, String> l = profile.labels();
        Labels labels = new Labels(Map.of(Part.JOB, l.get("job"), Part.PHASE, l.get("phase"),
                Part.COST_TYPE, l.get("costType"), Part.GL_ACCOUNT, l.get("glAccount"),
                Part.DESCRIPTION, l.get("description")));
        return new CarWording(profile, header, templates, labels);
    }

    @Override
    public ReportProfile profile() {
        return profile;
    }

    @Override
    public HeaderWording header() {
        return header;
    }

    /** True for a line that opens a cardholder section (not its continuation): for a live count. */
    public boolean opensSection(String line) {
        String folded = line.strip().replaceAll("\\s+", " ");
        return cardholder.matches(folded) && (continued == null || !continued.matches(folded));
    }

    /** The coding labels: where each starts in a line and which part it introduces. */
    static final class Labels {
        private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

        private final Pattern any;
        private final Pattern codingStart;
        private final Pattern descriptionStart;
        private final Map<String, Part> byText = new HashMap<>();

        Labels(Map<Part, String> labels) {
            List<Map.Entry<Part, String>> longestFirst = labels.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<Part, String> e) -> -e.getValue().length())).toList();
            this.any = Pattern.compile(alternation(longestFirst, false), FLAGS);
            this.codingStart = Pattern.compile("^" + alternation(longestFirst.stream()
                    .filter(e -> e.getKey() != Part.DESCRIPTION).toList(), true), FLAGS);
            this.descriptionStart = Pattern.compile("^" + Pattern.quote(labels.get(Part.DESCRIPTION)) + "\\s*(.*)$",
                    FLAGS);
            labels.forEach((part, text) -> byText.put(text.toUpperCase(Locale.ROOT), part));
        }

        private static String alternation(List<Map.Entry<Part, String>> labels, boolean anchored) {
            StringBuilder regex = new StringBuilder("(?:");
            for (int i = 0; i < labels.size(); i++) {
                String text = labels.get(i).getValue();
                if (i > 0) {
                    regex.append('|');
                }
                if (!anchored && Character.isLetterOrDigit(text.charAt(0))) {
                    regex.append("(?<![\\p{L}\\p{N}])");
                }
                regex.append(Pattern.quote(text));
            }
            return regex.append(')').toString();
        }

        /** A line starting with a coding label other than the description's. */
        boolean startsCoding(String line) {
            return codingStart.matcher(line).find();
        }

        /** The description text of a line that starts with the description label, or null. */
        @Nullable String description(String line) {
            Matcher m = descriptionStart.matcher(line);
            return m.matches() ? m.group(1) : null;
        }

        Matcher find(String line) {
            return any.matcher(line);
        }

        Part part(String labelText) {
            return byText.get(labelText.toUpperCase(Locale.ROOT));
        }
    }
}
