package com.ccp.pdf;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Plain single-threaded page text extraction, as formats.md describes the text of a report. */
public final class PageTexts {

    private PageTexts() {
    }

    /** The text of every page, index 0 = page 1; an image-only page gives an empty string. */
    public static List<String> read(File pdf) throws IOException {
        try (PDDocument document = ReadingParser.open(pdf)) {
            int pages = document.getNumberOfPages();
            String[] texts = new String[pages];
            Arrays.fill(texts, "");
            new PageTextStripper().read(document, 1, pages, (page, text) -> texts[page - 1] = text);
            return List.of(texts);
        }
    }
}
