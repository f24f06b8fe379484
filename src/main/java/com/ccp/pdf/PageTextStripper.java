package com.ccp.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text of a page range in one pass, handed over page by page. Calling {@code getText} once per page
 * would walk the whole page tree for every page — quadratic on a 10,000-page receipt report. Every
 * operator and glyph is charged to a {@link PdfBudget}, which stops a page built to stall the reader.
 */
class PageTextStripper extends PDFTextStripper {

    private final StringWriter buffer = new StringWriter();
    private final PdfBudget budget;
    private BiConsumer<Integer, String> pageSink = (page, text) -> { };

    PageTextStripper(PdfBudget budget) {
        this.budget = budget;
        setSortByPosition(true);
        setLineSeparator("\n");
        // processPage compares PDFTextStripper's private page counter, which our walk never advances
        // (it stays 0), with the start page; the range itself is ours. PDFBox logs a warning for a
        // start page below 1 (silenced in application.yml).
        setStartPage(0);
        setSuppressDuplicateOverlappingText(false);
    }

    private int from;
    private int to;
    private int pageNo;
    private final DuplicateGlyphs duplicates = new DuplicateGlyphs();

    /** Reads pages {@code from..to} (1-based) and gives each page's text to the sink as it is done. */
    void read(PDDocument document, int from, int to, BiConsumer<Integer, String> sink) throws IOException {
        this.from = from;
        this.to = to;
        pageSink = sink;
        buffer.getBuffer().setLength(0);
        writeText(document, buffer);
    }

    /**
     * Walks only the range: PDFTextStripper would resolve every page of the tree, which each thread
     * reading a part of a 10,000-page file would pay again.
     */
    @Override
    protected void processPages(PDPageTree pages) throws IOException {
        PageRangeWalk.forEach(pages, from, to, document.getResourceCache(), (number, page) -> {
            pageNo = number;
            budget.startPage(number);
            if (page.hasContents() && !TextlessPages.isTextless(page)) {
                processPage(page);
            }
        });
    }

    @Override
    public int getCurrentPageNo() {
        return pageNo;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        duplicates.clear();
        super.startPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.enter();
        try {
            super.processOperator(operator, operands);
        } finally {
            budget.leave();
        }
    }

    /** Fake-bold and other overprinted glyphs are dropped as PDFBox would, only faster (see DuplicateGlyphs). */
    @Override
    protected void processTextPosition(TextPosition text) {
        budget.glyph();
        if (!duplicates.isDuplicate(text)) {
            super.processTextPosition(text);
        }
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        getOutput().flush();
        pageSink.accept(pageNo, buffer.toString());
        buffer.getBuffer().setLength(0);
    }
}
