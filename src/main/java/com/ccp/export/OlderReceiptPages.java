package com.ccp.export;

import com.ccp.employee.ExportView.ReceiptPages;
import com.ccp.pdf.PageTexts;
import com.ccp.pdf.export.PageSpan;
import com.ccp.report.Receipt;
import com.ccp.report.ReceiptEmployee;
import com.ccp.report.ReceiptParser;
import com.ccp.report.ReceiptWording;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A receipt file read again at export: the lines each employee section owns, and the pages an
 * older file still gives an employee's document. formats.md §4 wants each
 * receipt once, from the newest file that holds it, and a late report may list again some of an
 * employee's receipts: those keep their line on the older list pages (a page cannot be cut) but
 * their image pages are left to the newer file. A receipt's image pages are found by reading the
 * older file again: they follow the employee's list in the order of the receipts with attachments.
 */
final class OlderReceiptPages {

    private final Path file;
    private final List<String> texts;
    private final Map<String, ReceiptEmployee> sectionsById;
    private final List<ReceiptEmployee> sections;

    private OlderReceiptPages(Path file, List<String> texts, Map<String, ReceiptEmployee> sectionsById,
            List<ReceiptEmployee> sections) {
        this.file = file;
        this.texts = texts;
        this.sectionsById = sectionsById;
        this.sections = sections;
    }

    static OlderReceiptPages read(Path file, ReceiptWording wording) throws IOException {
        List<String> texts = PageTexts.read(file.toFile());
        Map<String, ReceiptEmployee> sections = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        List<ReceiptEmployee> all = ReceiptParser.parse(wording, texts).employees();
        for (ReceiptEmployee section : all) {
            if (section.employeeId() != null && sections.putIfAbsent(section.employeeId(), section) != null) {
                repeated.add(section.employeeId());
            }
        }
        repeated.forEach(sections::remove);
        return new OlderReceiptPages(file, texts, sections, all);
    }

    /**
     * The lines of every section of the file, each owned by the employee (ref) its receipts belong
     * to in the session; a section none of whose receipts is known belongs to no one.
     */
    SectionLines lines(Map<String, String> employeeOfReceipt) {
        SectionLines lines = new SectionLines(texts);
        for (ReceiptEmployee section : sections) {
            String owner = section.receipts().stream().map(receipt -> employeeOfReceipt.get(receipt.receiptId()))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            lines.add(owner, section.lines());
        }
        return lines;
    }

    /**
     * The employee's pages of this file: its text pages, and the image pages of the receipts still
     * newest here ({@code kept}). The whole range when the file does not tell the receipts' images
     * apart (a section without an Employee ID or not where the reading put it, image pages that do
     * not add up).
     */
    List<PageSpan> spans(String employeeId, ReceiptPages range, Set<String> kept) {
        List<PageSpan> whole = List.of(new PageSpan(file, range.firstPage(), range.lastPage()));
        ReceiptEmployee section = sectionsById.get(employeeId);
        if (section == null || section.pages().first() != range.firstPage()
                || section.pages().last() != range.lastPage()) {
            return whole;
        }
        TreeSet<Integer> pages = new TreeSet<>();
        List<Integer> images = new ArrayList<>();
        for (int page = range.firstPage(); page <= range.lastPage(); page++) {
            (texts.get(page - 1).isBlank() ? images : pages).add(page);
        }
        int next = 0;
        for (Receipt receipt : section.receipts()) {
            int count = receipt.attachment() ? receipt.attachmentPages() : 0;
            if (next + count > images.size()) {
                return whole;
            }
            if (kept.contains(receipt.receiptId())) {
                pages.addAll(images.subList(next, next + count));
            }
            next += count;
        }
        return next == images.size() ? runs(pages) : whole;
    }

    private List<PageSpan> runs(TreeSet<Integer> pages) {
        List<PageSpan> spans = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int page : pages) {
            if (page != last + 1 && first > 0) {
                spans.add(new PageSpan(file, first, last));
                first = -1;
            }
            if (first < 0) {
                first = page;
            }
            last = page;
        }
        if (first > 0) {
            spans.add(new PageSpan(file, first, last));
        }
        return spans;
    }
}
