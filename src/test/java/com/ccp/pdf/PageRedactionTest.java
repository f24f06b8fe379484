package com.ccp.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A page whose lines are drawn every way a report may draw them — single strings, the
 * next-line operator, a TJ array, a form XObject, a shaded band behind a line — cut down to some
 * of its lines: what goes is gone from the content streams, what stays has not moved.
 */
class PageRedactionTest {

    @Test
    void removedLinesLeaveNoTextOrDrawingAndKeptLinesStayInPlace() throws Exception {
        byte[] source = page();
        try (PDDocument original = Loader.loadPDF(source); PDDocument target = new PDDocument()) {
            PageRedaction.importKeeping(target, original, 1, PageRedactionTest::keepAllButDrop);
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            target.save(saved);
            try (PDDocument cut = Loader.loadPDF(saved.toByteArray())) {

                List<String> lines = PageRedaction.lines(text(cut));
                assertThat(lines).containsExactly("HEADER ONE", "HEADER TWO", "HEADER THREE", "Keep alpha 111.11",
                        "Keep charlie 333.33", "Keep echo", "Keep golf 777.77", "FOOTER");
                String shown = shownStrings(cut.getPage(0).getContents().readAllBytes())
                        + shownStrings(formContent(cut.getPage(0).getResources()));
                assertThat(shown).doesNotContain("Drop", "222.22", "444.44", "666.66");
                assertThat(shown).contains("Keep alpha", "Keep golf");
                assertThat(positions(cut, "Keep echo")).isEqualTo(positions(original, "Keep echo"));
                assertThat(positions(cut, "Keep charlie 333.33")).isEqualTo(positions(original, "Keep charlie 333.33"));
                assertThat(positions(cut, "Keep golf 777.77")).isEqualTo(positions(original, "Keep golf 777.77"));
                assertThat(filledBands(cut.getPage(0).getContents().readAllBytes())).isEqualTo(1);
            }
            assertThat(shownStrings(original.getPage(0).getContents().readAllBytes())).contains("Drop bravo");
        }
    }

    @Test
    void pageKeepingEveryLineIsCopiedUnchanged() throws Exception {
        try (PDDocument original = Loader.loadPDF(page()); PDDocument target = new PDDocument()) {
            PDPage copy = PageRedaction.importKeeping(target, original, 1, lines -> {
                BitSet all = new BitSet();
                all.set(0, lines.size());
                return all;
            });
            assertThat(copy.getContents().readAllBytes()).isEqualTo(original.getPage(0).getContents().readAllBytes());
        }
    }

    private static BitSet keepAllButDrop(List<String> lines) {
        BitSet keep = new BitSet();
        for (int i = 0; i < lines.size(); i++) {
            keep.set(i, !lines.get(i).contains("Drop"));
        }
        return keep;
    }

    /** Header, body lines drawn in different ways, a form with a removed and a kept line, footer. */
    private static byte[] page() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(new PDRectangle(0, 0, 612, 792));
            form.setResources(new PDResources());
            try (OutputStream out = form.getCOSObject().createOutputStream()) {
                COSName name = form.getResources().add(font);
                out.write(("BT /" + name.getName() + " 10 Tf 72 300 Td (Drop fox 666.66) Tj ET\n"
                        + "BT /" + name.getName() + " 10 Tf 72 285 Td (Keep golf 777.77) Tj ET\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0.85f);
                content.addRect(70, 672, 300, 12);
                content.addRect(70, 657, 300, 12);
                content.fill();
                content.setNonStrokingColor(0f);
                content.beginText();
                content.setFont(font, 10);
                line(content, 72, 750, "HEADER ONE");
                line(content, 72, 735, "HEADER TWO");
                line(content, 72, 720, "HEADER THREE");
                line(content, 72, 690, "Keep alpha 111.11");
                content.setLeading(15);
                content.newLine();
                content.showText("Drop bravo 222.22");
                content.newLineAtOffset(0, -15);
                content.showTextWithPositioning(new Object[] {"Keep ", -200f, "charlie ", "333.33"});
                content.newLine();
                content.showText("Drop delta 444.44");
                content.showText(" and more");
                content.newLine();
                content.showText("Keep echo");
                line(content, 72, 40, "FOOTER");
                content.endText();
                content.drawForm(form);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream content, float x, float y, String text) throws IOException {
        content.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(x, y));
        content.showText(text);
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    /** The x/y of every glyph of the line that starts with {@code line}. */
    private static List<String> positions(PDDocument document, String line) throws IOException {
        List<String> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                if (text.startsWith(line.substring(0, 6))) {
                    glyphs.forEach(g -> positions.add(g.getUnicode() + "@" + g.getX() + "," + g.getY()));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return positions;
    }

    private static String shownStrings(byte[] content) throws IOException {
        StringBuilder shown = new StringBuilder();
        PDFStreamParser parser = new PDFStreamParser(content);
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
        return shown.toString();
    }

    private static byte[] formContent(PDResources resources) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                all.write(form.getContents().readAllBytes());
            }
        }
        return all.toByteArray();
    }

    /** How many rectangles are filled: the band behind the kept line stays, the removed line's goes. */
    private static int filledBands(byte[] content) throws IOException {
        int rectangles = 0;
        PDFStreamParser parser = new PDFStreamParser(content);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator operator && operator.getName().equals("re")) {
                rectangles++;
            }
        }
        return rectangles;
    }
}
