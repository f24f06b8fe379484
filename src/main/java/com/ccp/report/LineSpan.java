package com.ccp.report;

import java.util.List;

/**
 * Body lines a section owns on one page: {@code first..last} (0-based, inclusive) index into the
 * page's {@link PageLines#lines(String) non-blank lines}, header lines counted; {@code page} is 1-based.
 */
public record LineSpan(int page, int first, int last) {

    /** Adds a line read after the span's lines: extends the span on its page, or starts a new one. */
    static void extend(List<LineSpan> spans, int page, int line) {
        int at = spans.size() - 1;
        if (at >= 0 && spans.get(at).page() == page && line >= spans.get(at).first()) {
            LineSpan last = spans.get(at);
            spans.set(at, new LineSpan(page, last.first(), Math.max(last.last(), line)));
        } else {
            spans.add(new LineSpan(page, line, line));
        }
    }
}
