package com.ccp.sample;

/** A piece of text on a line: left-aligned at {@code x}, or right-aligned ending at {@code x}. */
record Cell(float x, String text, boolean bold, boolean rightAligned) {

    static Cell left(float x, String text) {
        return new Cell(x, text, false, false);
    }

    static Cell bold(float x, String text) {
        return new Cell(x, text, true, false);
    }

    static Cell right(float x, String text) {
        return new Cell(x, text, false, true);
    }
}
