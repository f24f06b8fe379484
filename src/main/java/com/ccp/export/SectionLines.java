package com.ccp.export;

import com.ccp.pdf.PageRedaction.LineChoice;
import com.ccp.pdf.PageRedaction;
import com.ccp.report.LineSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who owns which lines of one report file, page by page, as the parser read them: the basis for
 * cutting a shared page down to one person's part.
 */
final class SectionLines {

    private record Owned(@Nullable String owner, LineSpan span) {
    }

    private final Map<Integer, List<Owned>> byPage = new HashMap<>();
    private final List<String> pageTexts;

    /** {@code pageTexts}: the file's page texts as the parser read them, index 0 = page 1. */
    SectionLines(List<String> pageTexts) {
        this.pageTexts = pageTexts;
    }

    /** Adds a section's lines; {@code owner} null for a section that belongs to no exported person. */
    void add(@Nullable String owner, List<LineSpan> spans) {
        for (LineSpan span : spans) {
            byPage.computeIfAbsent(span.page(), page -> new ArrayList<>()).add(new Owned(owner, span));
        }
    }

    /**
     * How to cut page {@code page} for {@code owner} — header, footer and their lines, nothing of
     * anyone else — or null when the page is theirs alone.
     */
    @Nullable LineChoice choice(String owner, int page) {
        List<LineSpan> own = new ArrayList<>();
        List<LineSpan> others = new ArrayList<>();
        for (Owned owned : byPage.getOrDefault(page, List.of())) {
            (owner.equals(owned.owner()) ? own : others).add(owned.span());
        }
        List<String> lines = page <= pageTexts.size() ? PageRedaction.lines(pageTexts.get(page - 1)) : List.of();
        if (KeptLines.keep(lines, own, others).nextClearBit(0) >= lines.size()) {
            return null;
        }
        return pageLines -> {
            if (!pageLines.equals(lines)) {
                throw new IllegalStateException("Page " + page + " of a stored report reads differently now than"
                        + " when it was uploaded; the export stopped so that no one else's data is sent.");
            }
            return KeptLines.keep(pageLines, own, others);
        };
    }
}
