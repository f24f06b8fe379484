package com.ccp.sample;

import java.util.List;

/** A laid-out page: body lines of text under the running header, or one scanned image and no text. */
sealed interface Page {

    /** A body line; {@code shaded} draws the grey band of a column header. */
    record Line(List<Cell> cells, boolean shaded) {

        static final Line BLANK = new Line(List.of(), false);

        static Line of(Cell... cells) {
            return new Line(List.of(cells), false);
        }

        static Line shaded(Cell... cells) {
            return new Line(List.of(cells), true);
        }
    }

    record Text(List<Line> lines) implements Page {
    }

    record Image(int variant) implements Page {
    }
}
