package com.ccp.export;

import com.ccp.pdf.PageRedaction;
import com.ccp.sample.GeneratedEmployee;
import com.ccp.sample.SampleReceipt;
import com.ccp.sample.SampleTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads an employee document back and checks formats.md §4's promise: no other person's Employee
 * ID, name, reference number, receipt ID or amount — neither in the extracted text nor in any
 * string its content streams show — and every line the employee owns is there.
 */
final class EmployeeDocumentCheck {

    /** The document's text and the strings its content streams show, and its outline titles. */
    record Read(String text, List<String> lines, String shown, List<String> bookmarks, int pages) {
    }

    private EmployeeDocumentCheck() {
    }

    static Read read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            StringBuilder shown = new StringBuilder();
            for (PDPage page : document.getPages()) {
                strings(page, page.getResources(), shown, new HashSet<>());
            }
            List<String> bookmarks = new ArrayList<>();
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                    bookmarks.add(item.getTitle());
                }
            }
            return new Read(text, PageRedaction.lines(text), shown.toString(), bookmarks, document.getNumberOfPages());
        }
    }

    private static void strings(PDContentStream stream, PDResources resources, StringBuilder shown, Set<COSBase> seen)
            throws IOException {
        PDFStreamParser parser = new PDFStreamParser(stream);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSString string) {
                shown.append(new String(string.getBytes(), StandardCharsets.ISO_8859_1));
            } else if (token instanceof COSArray array) {
                for (COSBase element : array) {
                    if (element instanceof COSString string) {
                        shown.append(new String(string.getBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
            } else if (token instanceof Operator) {
                shown.append('\n');
            }
        }
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                strings(form, form.getResources() == null ? resources : form.getResources(), shown, seen);
            }
        }
    }

    /**
     * Fails if anything of the {@code others} is in the document, unless {@code owner} has the same
     * value: one pattern of all their terms, so each document is scanned once.
     */
    static void assertNothingOfOthers(String document, Read read, GeneratedEmployee owner,
            List<GeneratedEmployee> others) {
        Set<String> ownTerms = terms(owner);
        Map<String, String> whose = new HashMap<>();
        for (GeneratedEmployee other : others) {
            if (other.employeeId().equals(owner.employeeId())) {
                continue;
            }
            for (String term : terms(other)) {
                if (!ownTerms.contains(term)) {
                    whose.putIfAbsent(term, other.employeeId());
                }
            }
        }
        String alternatives = whose.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\d,.$])(?:" + alternatives + ")(?![\\p{L}\\d])");
        for (String where : List.of("text", "content streams")) {
            Matcher found = pattern.matcher(where.equals("text") ? read.text() : read.shown());
            if (found.find()) {
                throw new AssertionError(document + " " + where + " hold '" + found.group() + "' of employee "
                        + whose.get(found.group()));
            }
        }
    }

    /** Employee ID, names, references, receipt IDs and amounts as the reports print them. */
    static Set<String> terms(GeneratedEmployee employee) {
        Set<String> terms = new HashSet<>();
        terms.add(employee.employeeId());
        if (employee.carName() != null) {
            terms.add(employee.carName());
        }
        if (employee.receiptName() != null) {
            terms.add(employee.receiptName());
        }
        for (SampleTransaction t : employee.transactions()) {
            terms.add(t.reference());
            terms.add(amount(t.amount()));
        }
        for (SampleReceipt r : employee.receipts()) {
            terms.add(r.id());
            terms.add(amount(r.amount()));
        }
        if (employee.inCar()) {
            terms.add(amount(employee.printedCarTotal()));
        }
        if (employee.inReceipts()) {
            terms.add(amount(employee.printedReceiptTotal()));
        }
        return terms;
    }

    private static String amount(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount.abs());
    }
}
