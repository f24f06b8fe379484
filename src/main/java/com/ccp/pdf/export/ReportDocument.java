package com.ccp.pdf.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

/**
 * A business report laid out top to bottom on Letter pages: a title, facts, sections, tables whose
 * header (and block heading) repeat after a page break, and "Page n of N" in every footer. Real
 * text in embedded fonts, so it can be searched and extracted.
 */
public final class ReportDocument implements AutoCloseable {

    /** A table column: its share of the width and whether it is right-aligned (amounts, counts). */
    public record Column(String header, float weight, boolean right) {
    }

    public record Fact(String label, String value) {
    }

    private static final PDRectangle SIZE = PDRectangle.LETTER;
    private static final float LEFT = 50;
    private static final float WIDTH = SIZE.getWidth() - 2 * LEFT;
    private static final float TOP = SIZE.getHeight() - 50;
    private static final float BOTTOM = 60;
    private static final float PAD = 4;
    private static final float TEXT = 9;
    private static final float LEADING = 11.5f;
    private static final Color INK = new Color(0x1d, 0x26, 0x33);
    private static final Color MUTED = new Color(0x5b, 0x66, 0x75);
    private static final Color ACCENT = new Color(0x1f, 0x5f, 0xa8);
    private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf6);
    private static final Color BAND_FILL = new Color(0xf1, 0xf4, 0xf9);
    private static final Color STRIPE = new Color(0xf8, 0xfa, 0xfc);
    private static final Color RULE = new Color(0xd3, 0xda, 0xe3);

    private final PDDocument document;
    private final ReportFonts fonts;
    private final String runningTitle;
    private final String pageLabel;
    private final List<PDPage> pages = new ArrayList<>();
    /** A table whose heading and column header wait for its first row, so they never end a page alone. */
    private boolean headPending;
    private @Nullable PDPageContentStream content;
    private float y;
    private @Nullable String blockHeading;
    private List<Column> columns = List.of();
    private int rowIndex;

    private ReportDocument(PDDocument document, ReportFonts fonts, String runningTitle, String pageLabel) {
        this.document = document;
        this.fonts = fonts;
        this.runningTitle = runningTitle;
        this.pageLabel = pageLabel;
    }

    /** {@code runningTitle} heads every page after the first and starts every footer. */
    public static ReportDocument create(String runningTitle, String documentTitle) throws IOException {
        PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(16L * 1024 * 1024, 256L * 1024 * 1024)
                .streamCache);
        document.getDocumentInformation().setTitle(documentTitle);
        document.getDocumentInformation().setProducer("Credit Card Processor");
        ReportDocument report = new ReportDocument(document, ReportFonts.load(document), runningTitle, "Page");
        report.newPage();
        return report;
    }

    /**
     * Pages drawn at the start of {@code document}, which the caller goes on filling and saves;
     * their footers say "{@code pageLabel} n of N", counting these pages only.
     */
    static ReportDocument into(PDDocument document, String runningTitle, String pageLabel) throws IOException {
        ReportDocument report = new ReportDocument(document, ReportFonts.load(document), runningTitle, pageLabel);
        report.newPage();
        return report;
    }

    /** Stamps the footers of this report's pages and stops drawing; the document stays open. */
    void finish() throws IOException {
        closeContent();
        int total = pages.size();
        int number = 1;
        for (PDPage page : pages) {
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = footer;
                rule(BOTTOM - 16, RULE, 0.6f);
                text(fonts.regular, 8, MUTED, LEFT, BOTTOM - 28, clip(fonts.regular, 8, runningTitle, WIDTH - 80));
                String pageText = pageLabel + " " + number++ + " of " + total;
                text(fonts.regular, 8, MUTED, LEFT + WIDTH - width(fonts.regular, 8, pageText), BOTTOM - 28, pageText);
            }
        }
        content = null;
    }

    int pageCount() {
        return pages.size();
    }

    public void title(String title, String subtitle) throws IOException {
        text(fonts.bold, 20, ACCENT, LEFT, y - 20, title);
        text(fonts.regular, 11, MUTED, LEFT, y - 38, subtitle);
        y -= 50;
        rule(y, ACCENT, 1.2f);
        y -= 14;
    }

    /** Label/value lines, labels in a column of their own. */
    public void facts(List<Fact> facts) throws IOException {
        float labels = 0;
        for (Fact fact : facts) {
            labels = Math.max(labels, width(fonts.bold, TEXT, fact.label()));
        }
        for (Fact fact : facts) {
            List<String> value = wrap(fonts.regular, TEXT, fact.value(), WIDTH - labels - 14);
            ensure(value.size() * LEADING + 2);
            text(fonts.bold, TEXT, MUTED, LEFT, y - TEXT, fact.label());
            for (String line : value) {
                text(fonts.regular, TEXT, INK, LEFT + labels + 14, y - TEXT, line);
                y -= LEADING;
            }
            y -= 2;
        }
        y -= 8;
    }

    public void section(String heading) throws IOException {
        endTable();
        // room for the heading and the head and first row of what follows it
        ensure(110);
        y -= 10;
        text(fonts.bold, 13, INK, LEFT, y - 13, heading);
        y -= 20;
    }

    public void note(String text) throws IOException {
        for (String line : wrap(fonts.regular, TEXT, text, WIDTH)) {
            ensure(LEADING);
            text(fonts.regular, TEXT, MUTED, LEFT, y - TEXT, line);
            y -= LEADING;
        }
        y -= 6;
    }

    /** Starts a table under the current section. */
    public void table(List<Column> columns) throws IOException {
        startTable(null, columns);
    }

    /** Starts a block: a shaded heading over its own table, both repeated after a page break. */
    public void block(String heading, List<Column> columns) throws IOException {
        startTable(heading, columns);
    }

    public void row(List<String> cells) throws IOException {
        drawRow(cells, false);
    }

    /** A bold closing row (totals) under a rule. */
    public void totalRow(List<String> cells) throws IOException {
        drawRow(cells, true);
    }

    /** Stamps "Page n of N" on every page and writes the PDF. */
    public void save(OutputStream out) throws IOException {
        finish();
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        closeContent();
        document.close();
    }

    private void startTable(@Nullable String heading, List<Column> columns) throws IOException {
        endTable();
        this.blockHeading = heading;
        this.columns = List.copyOf(columns);
        headPending = true;
    }

    private void endTable() {
        blockHeading = null;
        columns = List.of();
        headPending = false;
    }

    /** Draws a pending table head together with the first row of {@code rowHeight}, on one page. */
    private void drawPendingHead(float rowHeight) throws IOException {
        if (!headPending) {
            return;
        }
        headPending = false;
        float head = 4 + (blockHeading == null ? 0 : 24) + LEADING + 2 * PAD;
        if (y - head - rowHeight < BOTTOM) {
            newPage();
        }
        y -= 4;
        drawTableHead(false);
    }

    private void drawTableHead(boolean continued) throws IOException {
        if (blockHeading != null) {
            fill(LEFT, y - 20, WIDTH, 20, BAND_FILL);
            fill(LEFT, y - 20, 3, 20, ACCENT);
            text(fonts.bold, 10.5f, INK, LEFT + 10, y - 14,
                    clip(fonts.bold, 10.5f, blockHeading + (continued ? " (continued)" : ""), WIDTH - 20));
            y -= 24;
        }
        float height = LEADING + 2 * PAD;
        fill(LEFT, y - height, WIDTH, height, HEADER_FILL);
        float x = LEFT;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            float width = columnWidth(i);
            String header = clip(fonts.bold, 8.5f, column.header(), width - 2 * PAD);
            float textX = column.right() ? x + width - PAD - width(fonts.bold, 8.5f, header) : x + PAD;
            text(fonts.bold, 8.5f, INK, textX, y - PAD - 8.5f, header);
            x += width;
        }
        y -= height;
        rowIndex = 0;
    }

    private void drawRow(List<String> cells, boolean total) throws IOException {
        PDFont font = total ? fonts.bold : fonts.regular;
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<String> cell = wrap(font, TEXT, i < cells.size() ? cells.get(i) : "", columnWidth(i) - 2 * PAD);
            lines.add(cell);
            most = Math.max(most, cell.size());
        }
        float height = most * LEADING + 2 * PAD;
        drawPendingHead(height);
        ensure(height);
        if (total) {
            rule(y, INK, 0.8f);
        } else if (rowIndex++ % 2 == 1) {
            fill(LEFT, y - height, WIDTH, height, STRIPE);
        }
        float x = LEFT;
        for (int i = 0; i < columns.size(); i++) {
            float width = columnWidth(i);
            float lineY = y - PAD - TEXT + 1;
            for (String line : lines.get(i)) {
                float textX = columns.get(i).right() ? x + width - PAD - width(font, TEXT, line) : x + PAD;
                text(font, TEXT, INK, textX, lineY, line);
                lineY -= LEADING;
            }
            x += width;
        }
        y -= height;
        if (!total) {
            rule(y, RULE, 0.4f);
        }
    }

    private float columnWidth(int index) {
        float weights = 0;
        for (Column column : columns) {
            weights += column.weight();
        }
        return WIDTH * columns.get(index).weight() / weights;
    }

    /** Starts a new page when fewer than {@code height} points are left, repeating an open table's head. */
    private void ensure(float height) throws IOException {
        if (y - height >= BOTTOM) {
            return;
        }
        newPage();
        if (!columns.isEmpty() && !headPending) {
            drawTableHead(true);
        }
    }

    private void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
        if (pages.size() > 1) {
            text(fonts.regular, 8, MUTED, LEFT, y - 8, clip(fonts.regular, 8, runningTitle, WIDTH));
            y -= 14;
            rule(y, RULE, 0.6f);
            y -= 10;
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private PDPageContentStream content() {
        if (content == null) {
            throw new IllegalStateException("the report is already saved");
        }
        return content;
    }

    private void text(PDFont font, float size, Color color, float x, float baseline, String text) throws IOException {
        PDPageContentStream stream = content();
        stream.beginText();
        stream.setNonStrokingColor(color);
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(fonts.printable(font, text));
        stream.endText();
    }

    private void fill(float x, float bottom, float width, float height, Color color) throws IOException {
        PDPageContentStream stream = content();
        stream.setNonStrokingColor(color);
        stream.addRect(x, bottom, width, height);
        stream.fill();
    }

    private void rule(float at, Color color, float thickness) throws IOException {
        PDPageContentStream stream = content();
        stream.setStrokingColor(color);
        stream.setLineWidth(thickness);
        stream.moveTo(LEFT, at);
        stream.lineTo(LEFT + WIDTH, at);
        stream.stroke();
    }

    private float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(fonts.printable(font, text)) / 1000 * size;
    }

    private String clip(PDFont font, float size, String text, float max) throws IOException {
        if (width(font, size, text) <= max) {
            return text;
        }
        String clipped = text;
        while (!clipped.isEmpty() && width(font, size, clipped + "…") > max) {
            clipped = clipped.substring(0, clipped.length() - 1);
        }
        return clipped + "…";
    }

    /** Breaks text into lines that fit {@code max} points, at spaces where possible. */
    private List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > max && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
