package com.ccp.sample;

import com.ccp.sample.ReportStyle.CarColumns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Lays out the CAR (formats.md §1): cardholders by name, then the report total. */
final class CarComposer {

    private final ReportStyle style;
    private final CarColumns col;
    private final SampleWording wording;
    private final SampleWording.Car words;
    private final Columns columns;
    private final Map<String, List<String>> notes = new HashMap<>();

    CarComposer(ReportStyle style, SampleWording wording) {
        this.style = style;
        this.col = style.car();
        this.wording = wording;
        this.words = wording.car();
        float amountWidth = style.width(wording.carAmount(new BigDecimal("-99999.99")), true) + 8;
        float dateWidth = Columns.dateWidth(style, wording, col.postDate() - col.transDate());
        this.columns = new Columns(words.order(), col.transDate(), Map.of(
                SampleWording.Field.TRANS_DATE, dateWidth,
                SampleWording.Field.POST_DATE, dateWidth,
                SampleWording.Field.REFERENCE, col.merchant() - col.reference(),
                SampleWording.Field.MERCHANT, col.amountRight() - col.merchant() - amountWidth,
                SampleWording.Field.AMOUNT, amountWidth));
    }

    Composed compose(List<GeneratedEmployee> employees) {
        List<GeneratedEmployee> cardholders = employees.stream().filter(GeneratedEmployee::inCar)
                .sorted(Comparator.comparing((GeneratedEmployee e) -> e.carName())
                        .thenComparing(GeneratedEmployee::employeeId))
                .toList();
        PageBuilder builder = new PageBuilder(style.linesPerPage());
        Map<String, List<Integer>> ranges = new HashMap<>();
        BigDecimal reportTotal = Money.ZERO;
        int transactions = 0;
        for (GeneratedEmployee e : cardholders) {
            ranges.put(e.employeeId(), section(builder, e));
            reportTotal = reportTotal.add(e.carTotal());
            transactions += e.transactions().size();
        }
        builder.blank();
        builder.add(Page.Line.of(Cell.bold(style.left(), String.format(words.reportTotal(),
                        wording.carAmount(reportTotal))),
                Cell.bold(col.merchant(), String.format(words.cardholders(), words.amounts().count(cardholders.size()))),
                Cell.bold(col.secondColumn() + 40, String.format(words.transactions(),
                        words.amounts().count(transactions)))));
        return new Composed(builder.finish(), ranges, notes);
    }

    private List<Integer> section(PageBuilder builder, GeneratedEmployee e) {
        String name = e.carName();
        builder.blank();
        builder.keep(6);
        Page.Line heading = Page.Line.of(Cell.bold(style.left(), words.cardholder() + name),
                Cell.bold(col.secondColumn(), String.format(words.employeeId(), e.employeeId())));
        int first = builder.add(heading);
        builder.add(Page.Line.of(Cell.left(style.left(), String.format(words.account(), e.cardLast4())),
                Cell.left(col.secondColumn(), String.format(words.costCenter(), e.costCenter()))));
        builder.add(columnHeader());
        builder.continuation(List.of(words.continued() == null ? heading
                : Page.Line.of(Cell.bold(style.left(), words.cardholder() + name + words.continued())),
                columnHeader()));
        int wrapped = 0;
        int gl = 0;
        Splits splits = new Splits(e.splitBlocks(), e.transactions().size());
        for (SampleTransaction t : e.transactions()) {
            wrapped += transaction(builder, e, t, splits);
            gl += t.coding().glAccount() != null ? 1 : 0;
        }
        int last = builder.add(totalLine(String.format(words.cardholderTotal(), wording.carAmount(e.printedCarTotal()),
                e.printedTransactionCount()), wording.carAmount(e.printedCarTotal())));
        builder.continuation(List.of());
        if (last > first) {
            note(e, "continued", "CAR section runs over pages " + first + "-" + last
                    + " with '" + words.cardholder() + name + (words.continued() == null ? "" : words.continued())
                    + "' and the column header repeated");
        }
        if (wrapped > 0) {
            note(e, "wrap", wrapped + " description(s) wrap onto indented lines");
        }
        if (gl > 0) {
            note(e, "gl-account", gl + " transaction(s) coded to a GL Account");
        }
        return List.of(first, last);
    }

    /**
     * Adds one transaction block; returns 1 when its description wrapped. For a {@code splitBlocks}
     * employee, a block that would not fit the page anyway is broken where the quirk wants it,
     * so the page still looks full; the last blocks of the section force it if it never happened.
     */
    private int transaction(PageBuilder builder, GeneratedEmployee e, SampleTransaction t, Splits splits) {
        List<Page.Line> coding = codingLines(t.coding());
        List<Page.Line> description = descriptionLines(t);
        int size = 1 + coding.size() + description.size();
        boolean overflows = size > builder.remaining() && builder.remaining() > 0;
        int breakBefore = -1;
        if (splits.coding && !coding.isEmpty() && ((overflows && builder.remaining() >= 1) || splits.lastChance(2))) {
            breakBefore = 1;
            splits.coding = false;
        } else if (splits.description && description.size() >= 2
                && ((overflows && builder.remaining() >= 2 + coding.size()) || splits.lastChance(1))) {
            breakBefore = 2 + coding.size();
            splits.description = false;
        }
        int page = builder.add(columns.line(Map.of(
                SampleWording.Field.TRANS_DATE, wording.date(t.transDate()),
                SampleWording.Field.POST_DATE, wording.date(t.postDate()),
                SampleWording.Field.REFERENCE, t.reference(),
                SampleWording.Field.MERCHANT, style.cut(t.merchant(), col.merchantWidth()),
                SampleWording.Field.AMOUNT, wording.carAmount(t.amount())), false));
        String what = wording.date(t.transDate()) + " " + wording.carAmount(t.amount());
        for (int i = 0; i < coding.size() + description.size(); i++) {
            if (i + 1 == breakBefore) {
                builder.breakPage();
            }
            boolean isCoding = i < coding.size();
            int d = i - coding.size();
            page = follow(builder, isCoding ? coding.get(i) : description.get(d), page, e,
                    isCoding ? "coding-split" : "description-split",
                    isCoding ? "coding of " + what : (d == 0 ? "description of " : "wrapped description of ") + what);
        }
        splits.remaining--;
        return description.size() > 1 ? 1 : 0;
    }

    /** The page-break quirks still wanted in a {@code splitBlocks} section. */
    private static final class Splits {
        boolean coding;
        boolean description;
        int remaining;

        Splits(boolean wanted, int transactions) {
            coding = wanted;
            description = wanted;
            remaining = transactions;
        }

        boolean lastChance(int blocks) {
            return remaining <= blocks;
        }
    }

    private List<Page.Line> descriptionLines(SampleTransaction t) {
        if (t.description() == null) {
            return List.of();
        }
        String descriptionLabel = words.labels()[4] + " ";
        float label = style.width(descriptionLabel, false);
        List<String> parts = style.wrap(t.description(), col.descriptionRight() - col.codingIndent() - label,
                col.descriptionRight() - col.continuationIndent());
        List<Page.Line> lines = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            lines.add(i == 0 ? Page.Line.of(Cell.left(col.codingIndent(), descriptionLabel + parts.get(i)))
                    : Page.Line.of(Cell.left(col.continuationIndent(), parts.get(i))));
        }
        return lines;
    }

    private int follow(PageBuilder builder, Page.Line line, int previousPage, GeneratedEmployee e, String key,
            String what) {
        int page = builder.add(line);
        if (page != previousPage) {
            note(e, key, "page break before the " + what + " (page " + previousPage + " -> " + page + ")");
        }
        return page;
    }

    private List<Page.Line> codingLines(Coding coding) {
        if (coding.glAccount() != null) {
            return List.of(Page.Line.of(Cell.left(col.codingIndent(), words.labels()[3] + " " + coding.glAccount())));
        }
        if (!coding.printsJobLine()) {
            return List.of();
        }
        List<Cell> cells = new ArrayList<>();
        part(cells, col.codingIndent(), words.labels()[0], coding.job(), coding.emptyLabels());
        part(cells, col.phase(), words.labels()[1], coding.phase(), coding.emptyLabels());
        part(cells, col.costType(), words.labels()[2], coding.costType(), coding.emptyLabels());
        return List.of(new Page.Line(cells, false));
    }

    private static void part(List<Cell> cells, float x, String label, @Nullable String value, boolean emptyLabel) {
        if (value != null) {
            cells.add(Cell.left(x, label + " " + value));
        } else if (emptyLabel) {
            cells.add(Cell.left(x, label));
        }
    }

    private Page.Line columnHeader() {
        Map<SampleWording.Field, String> titles = new java.util.EnumMap<>(SampleWording.Field.class);
        for (int i = 0; i < words.order().size(); i++) {
            titles.put(words.order().get(i), words.columns().get(i));
        }
        return columns.line(titles, true);
    }

    /** A total line: its words, and the amount right-aligned in the amount column unless the words hold it. */
    private Page.Line totalLine(String text, String amount) {
        if (text.contains(amount)) {
            return Page.Line.of(Cell.bold(style.left(), text));
        }
        return Page.Line.of(Cell.bold(style.left(), text), new Cell(col.amountRight(), amount, true, true));
    }

    private void note(GeneratedEmployee e, String key, String text) {
        notes.computeIfAbsent(e.employeeId(), k -> new ArrayList<>()).add(key + ": " + text);
    }
}
