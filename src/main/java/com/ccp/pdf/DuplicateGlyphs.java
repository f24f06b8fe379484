package com.ccp.pdf;

import java.util.Arrays;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's "suppress duplicate overlapping text" (a glyph drawn again on top of itself, as for fake
 * bold), with the same rule — the same character within a third of its width in x and in y — but
 * looked up in a hash grid of primitive arrays. PDFBox keeps a sorted map per character instead,
 * which costs more than the rest of the text extraction on a dense CAR page.
 */
final class DuplicateGlyphs {

    private static final float CELL = 4f;

    /** Open-addressing table from (character, cell) to the newest glyph shown there; 0 = empty. */
    private long[] keys = new long[1 << 12];
    private int[] heads = new int[1 << 12];
    private int used;
    /** The glyphs shown on this page, chained per table slot; index 0 is unused. */
    private String[] characters = new String[1 << 12];
    private float[] xs = new float[1 << 12];
    private float[] ys = new float[1 << 12];
    private int[] next = new int[1 << 12];
    private int glyphs = 1;

    void clear() {
        Arrays.fill(keys, 0L);
        used = 0;
        Arrays.fill(characters, 1, glyphs, null);
        glyphs = 1;
    }

    /** True if the glyph repeats one already shown on this page; otherwise remembers it. */
    boolean isDuplicate(TextPosition text) {
        String unicode = text.getUnicode();
        float x = text.getX();
        float y = text.getY();
        float tolerance = text.getWidth() / unicode.length() / 3.0f;
        int hash = unicode.hashCode();
        for (int cellX = cell(x - tolerance); cellX <= cell(x + tolerance); cellX++) {
            for (int cellY = cell(y - tolerance); cellY <= cell(y + tolerance); cellY++) {
                int slot = find(key(hash, cellX, cellY));
                for (int g = keys[slot] == 0 ? 0 : heads[slot]; g != 0; g = next[g]) {
                    // PDFBox's sub-map bounds: from inclusive, to exclusive
                    if (xs[g] >= x - tolerance && xs[g] < x + tolerance && ys[g] >= y - tolerance
                            && ys[g] < y + tolerance && characters[g].equals(unicode)) {
                        return true;
                    }
                }
            }
        }
        remember(key(hash, cell(x), cell(y)), unicode, x, y);
        return false;
    }

    private void remember(long key, String unicode, float x, float y) {
        if (glyphs == characters.length) {
            int size = glyphs * 2;
            characters = Arrays.copyOf(characters, size);
            xs = Arrays.copyOf(xs, size);
            ys = Arrays.copyOf(ys, size);
            next = Arrays.copyOf(next, size);
        }
        int slot = find(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            heads[slot] = 0;
            used++;
        }
        characters[glyphs] = unicode;
        xs[glyphs] = x;
        ys[glyphs] = y;
        next[glyphs] = heads[slot];
        heads[slot] = glyphs++;
        if (used * 2 > keys.length) {
            rehash();
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static int cell(float coordinate) {
        return (int) Math.floor(coordinate / CELL);
    }

    /** Never 0 (the empty mark): the low bit is always set. */
    private static long key(int hash, int cellX, int cellY) {
        long cells = ((long) (cellX & 0xfffff) << 20) | (cellY & 0xfffff);
        return ((long) hash << 40) ^ (cells << 1) | 1L;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
