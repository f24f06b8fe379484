package com.ccp.pdf;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Plain single-threaded page text extraction, as formats.md describes the text of a report. */
public final class PageTexts {

    private PageTexts() {
    }

    /** The text of every page, index 0 = page 1; an image-only page gives an empty string. */
    public static List<String> read(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = newStripper();
            int pages = document.getNumberOfPages();
            List<String> texts = new ArrayList<>(pages);
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            return texts;
        }
    }

    static PDFTextStripper newStripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        return stripper;
    }
}
