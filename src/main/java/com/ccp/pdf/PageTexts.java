package com.ccp.pdf;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Plain single-threaded page text extraction, as formats.md describes the text of a report. */
public final class PageTexts {

    private static final Duration DEFAULT_LIMIT = Duration.ofMinutes(10);

    private PageTexts() {
    }

    /** As {@link #read(File, Duration)} with the default PARSE_TIMEOUT_SECONDS. */
    public static List<String> read(File pdf) throws IOException {
        return read(pdf, DEFAULT_LIMIT);
    }

    /**
     * The text of every page, index 0 = page 1; an image-only page gives an empty string. A page over
     * the budget (the time limit, or a page built to stall readers) throws {@link PageOverBudget}.
     */
    public static List<String> read(File pdf, Duration limit) throws IOException {
        PdfBudget budget = PdfBudget.within(limit);
        try (PDDocument document = ReadingParser.open(pdf)) {
            int pages = document.getNumberOfPages();
            String[] texts = new String[pages];
            Arrays.fill(texts, "");
            new PageTextStripper(budget).read(document, 1, pages, (page, text) -> texts[page - 1] = text);
            return List.of(texts);
        }
    }
}
