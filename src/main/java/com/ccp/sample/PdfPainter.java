package com.ccp.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes laid-out pages to a PDF: the three header lines and the footer on every text page, the
 * body lines between, and image pages with no text at all. Streams go to temp files, not memory.
 */
final class PdfPainter {

    /** The running header and footer of one report. */
    record Running(String title, String company, YearMonth period, String periodLine, LocalDateTime stamp,
            String documentTitle, String pageFormat, boolean pageFirst, Printing printing) {

        Running printedLater(int days) {
            return new Running(title, company, period, periodLine, stamp.plusDays(days), documentTitle, pageFormat,
                    pageFirst, printing);
        }
    }

    /**
     * How a report writer puts text on the page, beyond where it goes: one glyph per text-showing
     * operator, the body drawn column by column instead of line by line, bold text overprinted a
     * hair to the right, right-aligned amounts on a slightly lower baseline.
     */
    record Printing(boolean glyphByGlyph, boolean columnByColumn, boolean boldOverprint, float amountDrop) {
        static final Printing PLAIN = new Printing(false, false, false, 0);
    }

    private final ReportStyle style;
    private final Running running;
    private final long imageSeed;
    private PDType1Font currentFont;
    private float currentSize;

    PdfPainter(ReportStyle style, Running running, long imageSeed) {
        this.style = style;
        this.running = running;
        this.imageSeed = imageSeed;
        this.currentFont = style.regular();
    }

    void write(List<Page> pages, Path out) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            info(document);
            List<PDImageXObject> images = pages.stream().anyMatch(Page.Image.class::isInstance)
                    ? ScanImages.create(document, imageSeed, running.period()) : List.of();
            int number = 0;
            for (Page page : pages) {
                number++;
                PDPage pdPage = new PDPage(style.pageSize());
                document.addPage(pdPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
                    switch (page) {
                        case Page.Text text -> text(content, text, number, pages.size());
                        case Page.Image image -> content.drawImage(images.get(image.variant()), 0, 0,
                                style.pageSize().getWidth(), style.pageSize().getHeight());
                    }
                }
            }
            // PDFBox warns when saving over an existing file, since it may be open for reading
            Files.deleteIfExists(out);
            document.save(out.toFile());
        }
    }

    private void text(PDPageContentStream content, Page.Text page, int number, int total) throws IOException {
        float width = style.pageSize().getWidth();
        float y = style.bodyTop();
        for (Page.Line line : page.lines()) {
            if (line.shaded()) {
                float end = style.left();
                for (Cell cell : line.cells()) {
                    float cellEnd = cell.rightAligned() ? cell.x() : cell.x() + style.width(cell.text(), cell.bold());
                    end = Math.max(end, cellEnd);
                }
                content.setNonStrokingColor(0.86f);
                content.addRect(style.left() - 2, y - 2.6f, end - style.left() + 4, style.lineHeight());
                content.fill();
            }
            y -= style.lineHeight();
        }
        content.setNonStrokingColor(0f);
        if (style.layout() == Layout.STANDARD) {
            content.setLineWidth(0.6f);
            content.moveTo(style.left(), style.bodyTop() + 12);
            content.lineTo(style.right(), style.bodyTop() + 12);
            content.moveTo(style.left(), style.footerY() + 10);
            content.lineTo(style.right(), style.footerY() + 10);
            content.stroke();
        }
        content.beginText();
        currentSize = 0;
        float titleWidth = style.bold().getStringWidth(running.title()) / 1000 * style.titleSize();
        float companyWidth = style.regular().getStringWidth(running.company()) / 1000 * style.companySize();
        float titleX = style.centredTitle() ? (width - titleWidth) / 2 : style.left();
        float companyX = style.centredTitle() ? (width - companyWidth) / 2 : style.left();
        show(content, style.bold(), style.titleSize(), titleX, style.titleY(), running.title());
        show(content, style.regular(), style.companySize(), companyX, style.titleY() - 14, running.company());
        float periodY = style.titleY() - 28;
        String pageText = String.format(running.pageFormat(), number, total);
        if (running.pageFirst()) {
            show(content, style.regular(), style.fontSize(), style.left(), periodY, pageText);
            cell(content, Cell.right(style.right(), running.periodLine()), periodY);
        } else {
            show(content, style.regular(), style.fontSize(), style.left(), periodY, running.periodLine());
            cell(content, Cell.right(style.right(), pageText), periodY);
        }
        y = style.bodyTop();
        List<Placed> body = new java.util.ArrayList<>();
        for (Page.Line line : page.lines()) {
            for (int column = 0; column < line.cells().size(); column++) {
                body.add(new Placed(line.cells().get(column), y, column));
            }
            y -= style.lineHeight();
        }
        if (running.printing().columnByColumn()) {
            body.sort(java.util.Comparator.comparingInt(Placed::column));
        }
        for (Placed placed : body) {
            cell(content, placed.cell(), placed.y());
        }
        for (Cell cell : style.footer(running.stamp())) {
            cell(content, cell, style.footerY());
        }
        content.endText();
    }

    private record Placed(Cell cell, float y, int column) {
    }

    private void cell(PDPageContentStream content, Cell cell, float y) throws IOException {
        PDType1Font font = cell.bold() ? style.bold() : style.regular();
        float x = cell.rightAligned() ? cell.x() - style.width(cell.text(), cell.bold()) : cell.x();
        Printing printing = running.printing();
        float baseline = cell.rightAligned() ? y - printing.amountDrop() : y;
        show(content, font, style.fontSize(), x, baseline, cell.text());
        if (cell.bold() && printing.boldOverprint()) {
            show(content, font, style.fontSize(), x + 0.4f, baseline, cell.text());
        }
    }

    private void show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        if (font != currentFont || size != currentSize) {
            content.setFont(font, size);
            currentFont = font;
            currentSize = size;
        }
        if (!running.printing().glyphByGlyph()) {
            content.setTextMatrix(Matrix.getTranslateInstance(x, y));
            content.showText(text);
            return;
        }
        float at = x;
        for (int i = 0; i < text.length(); i++) {
            String glyph = text.substring(i, i + 1);
            content.setTextMatrix(Matrix.getTranslateInstance(at, y));
            content.showText(glyph);
            at += font.getStringWidth(glyph) / 1000 * size;
        }
    }

    private void info(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(running.documentTitle());
        info.setCreator("CCP sample report generator");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(running.stamp().toInstant(ZoneOffset.UTC).toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
    }
}
