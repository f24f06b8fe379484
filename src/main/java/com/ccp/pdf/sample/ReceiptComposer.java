package com.ccp.pdf.sample;

import com.ccp.pdf.sample.ReportStyle.ReceiptColumns;
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

    ReceiptComposer(ReportStyle style, int imageVariants) {
        this.style = style;
        this.col = style.receipt();
        this.imageVariants = imageVariants;
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
        List<Cell> employeeLine = new ArrayList<>(List.of(Cell.bold(style.left(), "Employee: " + e.receiptName())));
        if (e.receiptShowsId()) {
            employeeLine.add(Cell.bold(col.secondColumn(), "Employee ID: " + e.employeeId()));
        }
        int first = builder.add(new Page.Line(employeeLine, false));
        builder.add(Page.Line.shaded(Cell.bold(col.id(), "Receipt ID"), Cell.bold(col.date(), "Date"),
                Cell.bold(col.merchant(), "Merchant"), new Cell(col.amountRight(), "Amount", true, true)));
        for (SampleReceipt r : e.receipts()) {
            builder.add(Page.Line.of(Cell.left(col.id(), r.id()),
                    Cell.left(col.date(), EmployeeDraft.US_DATE.format(r.date())),
                    Cell.left(col.merchant(), style.cut(r.merchant(), col.merchantWidth())),
                    Cell.right(col.amountRight(), Money.receipt(r.amount()))));
            detail(builder, "Address: ", r.address());
            detail(builder, "Title: ", r.title());
            detail(builder, "Purpose: ", r.purpose());
            detail(builder, "Attachment: ", r.attachment() ? "Yes (" + r.attachmentPages() + " pages)" : "No");
        }
        int last = builder.add(Page.Line.of(
                Cell.bold(style.left(), "Receipt Total: " + Money.receipt(e.printedReceiptTotal())),
                Cell.bold(col.countColumn(), "Receipts: " + e.printedReceiptCount())));
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
