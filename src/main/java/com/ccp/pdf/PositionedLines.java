package com.ccp.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page's text lines with where they sit: extracted with exactly the settings of the readers'
 * {@link PageTextStripper}, so line {@code i} here is line {@code i} of the page as the report
 * parsers numbered it (non-blank lines, trimmed, runs of white space folded). Positions are display
 * coordinates as {@link TextPosition#getY()} gives them: y grows downwards, page rotation applied.
 */
final class PositionedLines extends PageTextStripper {

    /** One line: its folded text and its vertical extent; {@code baseline} is NaN for a line without glyphs. */
    record TextLine(String text, float top, float baseline, float bottom) {

        boolean placed() {
            return !Float.isNaN(baseline);
        }
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private record Run(int start, int end, List<TextPosition> glyphs) {
    }

    private final List<Run> runs = new ArrayList<>();

    /** How long one page may take to lay out again; the operation and nesting caps apply as when reading. */
    private static final Duration PAGE_LIMIT = Duration.ofSeconds(60);

    private PositionedLines() {
        super(PdfBudget.within(PAGE_LIMIT));
    }

    /** The lines of page {@code page} (1-based); none for a page without text. */
    static List<TextLine> read(PDDocument document, int page) throws IOException {
        PositionedLines stripper = new PositionedLines();
        List<TextLine> lines = new ArrayList<>();
        stripper.read(document, page, page, (number, text) -> lines.addAll(stripper.placedLines(text)));
        return lines;
    }

    /** The page's non-blank lines as the report parsers split them. */
    static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
        int start = buffer().length();
        super.writeString(text, textPositions);
        runs.add(new Run(start, buffer().length(), List.copyOf(textPositions)));
    }

    private StringBuffer buffer() {
        return ((StringWriter) getOutput()).getBuffer();
    }

    private List<TextLine> placedLines(String pageText) {
        List<TextLine> lines = new ArrayList<>();
        Matcher breaks = LINE_BREAK.matcher(pageText);
        int start = 0;
        while (start <= pageText.length()) {
            int end = breaks.find() ? breaks.start() : pageText.length();
            String text = fold(pageText.substring(start, end));
            if (!text.isEmpty()) {
                lines.add(place(text, start, end));
            }
            if (end == pageText.length()) {
                break;
            }
            start = breaks.end();
        }
        runs.clear();
        return lines;
    }

    /** The page's non-blank lines, trimmed, runs of white space folded: the report parsers' lines. */
    static List<String> lines(String pageText) {
        List<String> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(pageText)) {
            String line = fold(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String fold(String raw) {
        return WHITE_SPACE.matcher(raw.replace('\u00A0', ' ').strip()).replaceAll(" ");
    }

    private TextLine place(String text, int start, int end) {
        float top = Float.POSITIVE_INFINITY;
        float bottom = Float.NEGATIVE_INFINITY;
        float lowest = Float.POSITIVE_INFINITY;
        float highest = Float.NEGATIVE_INFINITY;
        for (Run run : runs) {
            if (run.start() >= end || run.end() <= start) {
                continue;
            }
            for (TextPosition glyph : run.glyphs()) {
                float baseline = glyph.getY();
                float height = Math.max(glyph.getHeight(), 0.5f);
                top = Math.min(top, baseline - height);
                bottom = Math.max(bottom, baseline + 0.3f * height);
                lowest = Math.min(lowest, baseline);
                highest = Math.max(highest, baseline);
            }
        }
        if (top == Float.POSITIVE_INFINITY) {
            return new TextLine(text, Float.NaN, Float.NaN, Float.NaN);
        }
        return new TextLine(text, top, (lowest + highest) / 2, bottom);
    }
}
