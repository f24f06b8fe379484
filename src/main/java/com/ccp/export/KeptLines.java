package com.ccp.export;

import com.ccp.report.LineSpan;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which lines of a shared report page stay in an employee's document (formats.md §4): the page
 * header (its first three lines, after a page number printed on a line of its own), the footer (its
 * last line) and the employee's own lines; never a line another section owns, even where a page
 * without header or footer puts one there. Lines nobody owns (a report total) go.
 */
final class KeptLines {

    private static final int HEADER_LINES = 3;
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("(?i)^(?:Page\\s+)?\\d+\\s*(?:of|/)\\s*\\d+$");

    private KeptLines() {
    }

    /** {@code own} and {@code others} are the spans of the page in question. */
    static BitSet keep(List<String> lines, List<LineSpan> own, List<LineSpan> others) {
        BitSet keep = new BitSet(lines.size());
        int header = 0;
        while (header < lines.size() && PAGE_NUMBER_LINE.matcher(lines.get(header)).matches()) {
            header++;
        }
        keep.set(0, Math.min(lines.size(), header + HEADER_LINES));
        if (!lines.isEmpty()) {
            keep.set(lines.size() - 1);
        }
        for (LineSpan span : own) {
            keep.set(span.first(), Math.min(lines.size(), span.last() + 1));
        }
        for (LineSpan span : others) {
            keep.clear(span.first(), Math.min(lines.size(), span.last() + 1));
        }
        return keep;
    }
}
