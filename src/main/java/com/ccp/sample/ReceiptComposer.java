package com.ccp.sample;

import com.ccp.sample.ReportStyle.ReceiptColumns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lays out a receipt report (formats.md §2): employees by ID, each receipt list followed by the
 * image pages of its attachments. A section without image pages leaves the rest of its last page
 * to the next employee.
 */
final class ReceiptComposer {

    private final ReportStyle style;
    private final ReceiptColumns col;
    private final int imageVariants;
    private final Map<String, List<String>> notes = new HashMap<>();
    private int imageCounter;

    private final SampleWording wording;
    private final SampleWording.Receipts words;
    private final Columns columns;

    ReceiptComposer(ReportStyle style, SampleWording wording, int imageVariants) {
        this.style = style;
        this.col = style.receipt();
        this.imageVariants = imageVariants;
        this.wording = wording;
        this.words = wording.receipts();
        float amountWidth = style.width(wording.receiptAmount(new BigDecimal("-99999.99")), true) + 8;
        this.columns = new Columns(words.order(), col.id(), Map.of(
                SampleWording.Field.RECEIPT_ID, col.date() - col.id(),
                SampleWording.Field.DATE, Columns.dateWidth(style, wording, col.merchant() - col.date()),
                SampleWording.Field.MERCHANT, col.amountRight() - col.merchant() - amountWidth,
                SampleWording.Field.AMOUNT, amountWidth));
    }

    Composed compose(List<GeneratedEmployee> employees) {
        List<GeneratedEmployee> sections = employees.stream().filter(GeneratedEmployee::inReceipts)
                .sorted(Comparator.comparing(GeneratedEmployee::employeeId)).toList();
        PageBuilder builder = new PageBuilder(style.linesPerPage());
        Map<String, List<Integer>> ranges = new HashMap<>();
        @Nullable GeneratedEmployee previous = null;
        for (GeneratedEmployee e : sections) {
            List<Integer> range = section(builder, e);
            if (previous != null && previous.imagePages() == 0
                    && ranges.get(previous.employeeId()).get(1).equals(range.getFirst())) {
                note(previous, "shared-page", "no image pages; the receipt section of " + e.employeeId()
                        + " starts on the same page " + range.getFirst());
                note(e, "shared-page", "receipt section starts on page " + range.getFirst() + " where "
                        + previous.employeeId() + " (no image pages) ends");
            }
            ranges.put(e.employeeId(), range);
            previous = e;
        }
        return new Composed(builder.finish(), ranges, notes);
    }

    private List<Integer> section(PageBuilder builder, GeneratedEmployee e) {
        builder.blank();
        builder.keep(5);
        List<Cell> employeeLine = new ArrayList<>(List.of(Cell.bold(style.left(), words.employee() + e.receiptName())));
        if (e.receiptShowsId()) {
            employeeLine.add(Cell.bold(col.secondColumn(), String.format(words.employeeId(), e.employeeId())));
        }
        int first = builder.add(new Page.Line(employeeLine, false));
        Map<SampleWording.Field, String> titles = new java.util.EnumMap<>(SampleWording.Field.class);
        for (int i = 0; i < words.order().size(); i++) {
            titles.put(words.order().get(i), words.columns().get(i));
        }
        builder.add(columns.line(titles, true));
        String[] labels = words.labels();
        for (SampleReceipt r : e.receipts()) {
            builder.add(columns.line(Map.of(SampleWording.Field.RECEIPT_ID, r.id(),
                    SampleWording.Field.DATE, wording.date(r.date()),
                    SampleWording.Field.MERCHANT, style.cut(r.merchant(), col.merchantWidth()),
                    SampleWording.Field.AMOUNT, wording.receiptAmount(r.amount())), false));
            detail(builder, labels[0], r.address());
            detail(builder, labels[1], r.title());
            detail(builder, labels[2], r.purpose());
            detail(builder, "", r.attachment() ? String.format(words.attachmentYes(), r.attachmentPages())
                    : words.attachmentNo());
        }
        String total = String.format(words.receiptTotal(), wording.receiptAmount(e.printedReceiptTotal()),
                words.amounts().count(e.printedReceiptCount()));
        int last = builder.add(words.receiptCount() == null ? Page.Line.of(Cell.bold(style.left(), total))
                : Page.Line.of(Cell.bold(style.left(), total), Cell.bold(col.countColumn(),
                        String.format(words.receiptCount(), words.amounts().count(e.printedReceiptCount())))));
        int textEnd = last;
        for (SampleReceipt r : e.receipts()) {
            for (int i = 0; i < r.attachmentPages(); i++) {
                last = builder.addImage(imageCounter++ % imageVariants);
            }
        }
        if (textEnd > first) {
            note(e, "receipts-continued", "receipt list runs over pages " + first + "-" + textEnd
                    + " without repeating the Employee line");
        }
        if (last > textEnd) {
            note(e, "image-pages", "image pages " + (textEnd + 1) + "-" + last + " follow the receipt list");
        }
        return List.of(first, last);
    }

    private void detail(PageBuilder builder, String label, @Nullable String value) {
        if (value != null) {
            builder.add(Page.Line.of(Cell.left(col.detailIndent(), label + value)));
        }
    }

    private void note(GeneratedEmployee e, String key, String text) {
        notes.computeIfAbsent(e.employeeId(), k -> new ArrayList<>()).add(key + ": " + text);
    }
}
