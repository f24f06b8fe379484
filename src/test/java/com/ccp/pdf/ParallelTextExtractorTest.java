package com.ccp.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelTextExtractorTest {

    @TempDir
    Path dir;

    @Test
    void everyThreadReadsAnEvenSliceOfEveryFile() {
        List<ParallelTextExtractor.Source> sources = List.of(new ParallelTextExtractor.Source(new File("car"), 405),
                new ParallelTextExtractor.Source(new File("receipts"), 10_802));
        assertThat(ParallelTextExtractor.shares(sources, 2)).containsExactly(
                List.of(new ParallelTextExtractor.Range(0, 1, 202), new ParallelTextExtractor.Range(1, 5402, 10_802)),
                List.of(new ParallelTextExtractor.Range(0, 203, 405), new ParallelTextExtractor.Range(1, 1, 5401)));
        assertThat(ParallelTextExtractor.shares(List.of(new ParallelTextExtractor.Source(new File("one"), 2)), 4))
                .containsExactly(List.of(new ParallelTextExtractor.Range(0, 1, 1)),
                        List.of(new ParallelTextExtractor.Range(0, 2, 2)));
    }

    @Test
    void everyPageOfFlatAndNestedPageTreesIsReadOnceAndInOrder() throws Exception {
        File flat = write("flat.pdf", 7, false);
        File nested = write("nested.pdf", 11, true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<String> seen = new ArrayList<>();
            List<List<String>> texts = ParallelTextExtractor.extract(
                    List.of(new ParallelTextExtractor.Source(flat, 7), new ParallelTextExtractor.Source(nested, 11)),
                    pool, 3, Duration.ofSeconds(30), new ParallelTextExtractor.Listener() {
                        @Override
                        public synchronized void pageDone(int source, String text) {
                            seen.add(source + ":" + text.strip());
                        }

                        @Override
                        public boolean stopRequested() {
                            return false;
                        }
                    });
            assertThat(texts.get(0)).isEqualTo(plainTexts(flat));
            assertThat(texts.get(1)).isEqualTo(plainTexts(nested));
            assertThat(texts.get(1).get(9).strip()).isEqualTo("Page 10 of nested.pdf");
            assertThat(seen).hasSize(18).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsExactlyWhatPdfBoxReadsIncludingOverprintedFakeBold() throws Exception {
        com.ccp.sample.SampleSet set = com.ccp.sample.SampleSets.generate(
                com.ccp.sample.SampleSpec.standard(5, 12), dir.resolve("set"));
        com.ccp.sample.SampleSet alt = com.ccp.sample.SampleSets.generate(
                com.ccp.sample.SampleSpec.alt(6, 8), dir.resolve("alt"));
        for (File file : List.of(set.car().toFile(), set.receipts().toFile(), alt.car().toFile(), fakeBold())) {
            // a scanned page skips the text engine: "" where PDFBox gives a bare line separator
            assertThat(PageTexts.read(file).stream().map(String::strip).toList()).as(file.getName())
                    .isEqualTo(plainTexts(file).stream().map(String::strip).toList());
        }
        assertThat(PageTexts.read(fakeBold()).get(0)).contains("Cardholder Total").doesNotContain("CCaarr");
    }

    /** A page whose heading is drawn three times, each a fraction of a point apart, as fake bold does. */
    private File fakeBold() throws IOException {
        Path file = dir.resolve("bold.pdf");
        if (Files.exists(file)) {
            return file.toFile();
        }
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (float offset : new float[] {0f, 0.3f, 0.6f}) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(72 + offset, 700);
                    content.showText("Cardholder Total (3 transactions): 1,234.56");
                    content.endText();
                }
                content.beginText();
                content.setFont(font, 11);
                content.newLineAtOffset(72, 680);
                content.showText("0000 1111 0000 1111 0000 1111 0000 1111 0000");
                content.endText();
            }
            document.save(file.toFile());
        }
        return file.toFile();
    }

    /** What PDFBox's own stripper reads, page by page. */
    private static List<String> plainTexts(File file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file)) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            return texts;
        }
    }

    /** A PDF of numbered pages; nested: the pages hang under intermediate tree nodes of 3 kids each. */
    private File write(String name, int pages, boolean nested) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Page " + i + " of " + name);
                    content.endText();
                }
            }
            if (nested) {
                nest(document.getPages().getCOSObject());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            Files.write(file, bytes.toByteArray());
        }
        return file.toFile();
    }

    private static void nest(COSDictionary root) {
        COSArray pages = root.getCOSArray(COSName.KIDS);
        COSArray groups = new COSArray();
        for (int start = 0; start < pages.size(); start += 3) {
            COSDictionary group = new COSDictionary();
            group.setItem(COSName.TYPE, COSName.PAGES);
            group.setItem(COSName.PARENT, root);
            COSArray kids = new COSArray();
            for (int i = start; i < Math.min(pages.size(), start + 3); i++) {
                COSDictionary page = (COSDictionary) pages.getObject(i);
                page.setItem(COSName.PARENT, group);
                kids.add(page);
            }
            group.setItem(COSName.KIDS, kids);
            group.setInt(COSName.COUNT, kids.size());
            groups.add(group);
        }
        root.setItem(COSName.KIDS, groups);
    }
}
