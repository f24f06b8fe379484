package com.ccp.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's "suppress duplicate overlapping text" (a glyph drawn again on top of itself, as for fake
 * bold), with the same rule — the same character within a third of its width in x and in y — but
 * looked up in a hash grid. PDFBox keeps a sorted map per character instead, which costs more than
 * the rest of the text extraction on a dense CAR page.
 */
final class DuplicateGlyphs {

    private static final float CELL = 4f;

    /** Per character, the positions shown on this page, by grid cell. */
    private final Map<String, Map<Long, List<float[]>>> shown = new HashMap<>();

    void clear() {
        shown.clear();
    }

    /** True if the glyph repeats one already shown on this page; otherwise remembers it. */
    boolean isDuplicate(TextPosition text) {
        String unicode = text.getUnicode();
        float x = text.getX();
        float y = text.getY();
        float tolerance = text.getWidth() / unicode.length() / 3.0f;
        Map<Long, List<float[]>> grid = shown.computeIfAbsent(unicode, k -> new HashMap<>());
        for (int cellX = cell(x - tolerance); cellX <= cell(x + tolerance); cellX++) {
            for (int cellY = cell(y - tolerance); cellY <= cell(y + tolerance); cellY++) {
                List<float[]> glyphs = grid.get(key(cellX, cellY));
                if (glyphs == null) {
                    continue;
                }
                for (float[] glyph : glyphs) {
                    // PDFBox's sub-map bounds: from inclusive, to exclusive
                    if (glyph[0] >= x - tolerance && glyph[0] < x + tolerance
                            && glyph[1] >= y - tolerance && glyph[1] < y + tolerance) {
                        return true;
                    }
                }
            }
        }
        grid.computeIfAbsent(key(cell(x), cell(y)), k -> new ArrayList<>(2)).add(new float[] {x, y});
        return false;
    }

    private static int cell(float coordinate) {
        return (int) Math.floor(coordinate / CELL);
    }

    private static long key(int cellX, int cellY) {
        return ((long) cellX << 32) | (cellY & 0xffffffffL);
    }
}
