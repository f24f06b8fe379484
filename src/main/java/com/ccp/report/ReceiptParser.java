package com.ccp.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads an employee receipt report (formats.md §2) from its page texts. */
public final class ReceiptParser {

    private ReceiptParser() {
    }

    /** The company and period of a receipt report in this wording, or empty when the page does not start like one. */
    public static Optional<ReportHeader> readHeader(ReceiptWording wording, String firstPageText) {
        return wording.header().read(PageLines.lines(firstPageText));
    }

    /**
     * Parses the whole report. A page without text is an image page of the preceding employee;
     * lines that cannot be placed become warnings.
     *
     * @throws ReportFormatException when the file is not a receipt report of this wording
     */
    public static ReceiptReport parse(ReceiptWording wording, List<String> pageTexts) {
        ReportHeader header = pageTexts.isEmpty() ? null : readHeader(wording, pageTexts.get(0)).orElse(null);
        if (header == null) {
            throw new ReportFormatException("This file is not an employee receipt report: page 1 does not start"
                    + " with '" + wording.header().title() + "', the company and the period. Upload the receipt"
                    + " report PDF exported from the expense tool.");
        }
        List<ParseWarning> warnings = new ArrayList<>();
        ReceiptReader reader = new ReceiptReader(wording, warnings);
        for (int i = 0; i < pageTexts.size(); i++) {
            readPage(reader, wording, i + 1, pageTexts.get(i), header, warnings);
        }
        return new ReceiptReport(header.company(), header.period(), reader.finish(), pageTexts.size(), warnings);
    }

    /** One page into the reader, in a method of its own for the JIT (see CarParser.readPage). */
    private static void readPage(ReceiptReader reader, ReceiptWording wording, int page, String text,
                                 ReportHeader header, List<ParseWarning> warnings) {
        List<String> lines = PageLines.lines(text);
        if (lines.isEmpty()) {
            reader.imagePage(page);
            return;
        }
        PageLines.Body body = PageLines.bodyOf(lines, page, wording.header(), header, reader::meaningful, warnings);
        for (int i = 0; i < body.lines().size(); i++) {
            reader.lineIndex = body.start() + i;
            reader.accept(page, body.lines().get(i));
        }
    }
}
