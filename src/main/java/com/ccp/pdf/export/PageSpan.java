package com.ccp.pdf.export;

import java.nio.file.Path;

/** Pages {@code first..last} (1-based, inclusive) of a stored PDF. */
public record PageSpan(Path file, int first, int last) {

    public PageSpan {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad page span " + first + "-" + last + " of " + file);
        }
    }

    public int pages() {
        return last - first + 1;
    }
}
