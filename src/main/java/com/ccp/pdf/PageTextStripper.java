package com.ccp.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.function.BiConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text of a page range in one pass, handed over page by page. Calling {@code getText} once per page
 * would walk the whole page tree for every page — quadratic on a 10,000-page receipt report.
 */
final class PageTextStripper extends PDFTextStripper {

    private final StringWriter buffer = new StringWriter();
    private BiConsumer<Integer, String> pageSink = (page, text) -> { };

    PageTextStripper() {
        setSortByPosition(true);
        setLineSeparator("\n");
    }

    /** Reads pages {@code from..to} (1-based) and gives each page's text to the sink as it is done. */
    void read(PDDocument document, int from, int to, BiConsumer<Integer, String> sink) throws IOException {
        setStartPage(from);
        setEndPage(to);
        pageSink = sink;
        buffer.getBuffer().setLength(0);
        try {
            writeText(document, buffer);
        } catch (RangeDone done) {
            // the rest of the page tree need not be walked
        }
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        getOutput().flush();
        pageSink.accept(getCurrentPageNo(), buffer.toString());
        buffer.getBuffer().setLength(0);
        if (getCurrentPageNo() >= getEndPage()) {
            throw new RangeDone();
        }
    }

    /** Ends the walk after the last page of the range. */
    private static final class RangeDone extends RuntimeException {
        RangeDone() {
            super(null, null, false, false);
        }
    }
}
