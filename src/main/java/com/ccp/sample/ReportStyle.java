package com.ccp.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Page geometry, fonts and column positions of one layout. Only Standard-14 fonts (WinAnsi, which
 * covers Ñ and É), so no font file is embedded.
 */
record ReportStyle(Layout layout, PDRectangle pageSize, PDType1Font regular, PDType1Font bold, float fontSize,
        float lineHeight, float left, float right, float titleSize, float companySize, boolean centredTitle,
        float titleY, float bodyTop, float bodyBottom, float footerY, CarColumns car, ReceiptColumns receipt) {

    /** x positions on a CAR page; {@code merchantWidth} cuts merchant names, {@code descriptionRight} wraps. */
    record CarColumns(float transDate, float postDate, float reference, float merchant, float merchantWidth,
            float amountRight, float secondColumn, float codingIndent, float phase, float costType,
            float descriptionRight, float continuationIndent) {
    }

    record ReceiptColumns(float id, float date, float merchant, float merchantWidth, float amountRight,
            float secondColumn, float detailIndent, float countColumn) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");

    static ReportStyle of(Layout layout) {
        return layout == Layout.STANDARD ? standard() : alt();
    }

    private static ReportStyle standard() {
        PDType1Font regular = new PDType1Font(FontName.HELVETICA);
        float descriptionLabel = 54 + width(regular, "Description: ", 7.5f);
        return new ReportStyle(Layout.STANDARD, PDRectangle.LETTER, regular, new PDType1Font(FontName.HELVETICA_BOLD),
                7.5f, 10f, 36, 576, 11, 8.5f, true, 756, 706, 52, 30,
                new CarColumns(36, 80, 124, 234, 260, 576, 340, 54, 140, 226, 570, descriptionLabel),
                new ReceiptColumns(36, 112, 176, 300, 576, 340, 50, 250));
    }

    private static ReportStyle alt() {
        float c = 4.8f; // Courier is 0.6 em wide, at 8 pt
        return new ReportStyle(Layout.ALT, PDRectangle.A4, new PDType1Font(FontName.COURIER),
                new PDType1Font(FontName.COURIER_BOLD), 8f, 10.5f, 40, 555, 12, 9, false, 802, 752, 62, 36,
                new CarColumns(40, 40 + 11 * c, 40 + 22 * c, 40 + 46 * c, 31 * c, 40 + 96 * c, 40 + 64 * c,
                        40 + 3 * c, 40 + 22 * c, 40 + 41 * c, 40 + 78 * c, 40 + 9 * c),
                new ReceiptColumns(40, 40 + 14 * c, 40 + 26 * c, 33 * c, 40 + 78 * c, 40 + 58 * c, 40 + 3 * c,
                        40 + 34 * c));
    }

    /** Body lines that fit between the header and the footer. */
    int linesPerPage() {
        return (int) ((bodyTop - bodyBottom) / lineHeight) + 1;
    }

    float width(String text, boolean isBold) {
        return width(isBold ? bold : regular, text, fontSize);
    }

    static float width(PDType1Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest prefix of {@code text} that fits {@code width}, trailing blanks dropped. */
    String cut(String text, float width) {
        int end = text.length();
        while (end > 0 && width(text.substring(0, end), false) > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }

    /** Greedy word wrap: the first line fits {@code firstWidth}, the others {@code restWidth}. */
    List<String> wrap(String text, float firstWidth, float restWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            float limit = lines.isEmpty() ? firstWidth : restWidth;
            if (!line.isEmpty() && width(candidate, false) > limit) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The footer cells: the last text line of every text page. */
    List<Cell> footer(LocalDateTime stamp) {
        if (layout == Layout.STANDARD) {
            return List.of(Cell.left(left, "Printed " + stamp.format(STAMP)), Cell.right(right, "Confidential"));
        }
        String text = "Generated " + stamp.format(STAMP) + " - Internal use only";
        return List.of(Cell.left((pageSize.getWidth() - width(text, false)) / 2, text));
    }
}
