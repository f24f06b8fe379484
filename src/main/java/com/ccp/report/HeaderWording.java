package com.ccp.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The three header lines of every page (formats.md §7): the title, the company, then a line holding
 * the period and the page number in either order. A page number may also stand on a line of its own
 * or at the end of the title or company line, where a text extractor sorts it.
 */
public final class HeaderWording {

    static final int LINES = 3;

    private final String title;
    private final String titleKey;
    private final Template period;
    private final Template page;

    HeaderWording(String title, Template period, Template page) {
        this.title = title;
        this.titleKey = ReportProfile.titleKey(title);
        this.period = period;
        this.page = page;
    }

    public String title() {
        return title;
    }

    /** The lines before the header that hold only a page number. */
    int pageNumberLines(List<String> lines, int from) {
        int at = from;
        while (at < lines.size() && page.matches(lines.get(at))) {
            at++;
        }
        return at;
    }

    boolean titleMatches(List<String> lines) {
        int at = pageNumberLines(lines, 0);
        return at < lines.size() && ReportProfile.titleKey(withoutPageNumber(lines.get(at))).equals(titleKey);
    }

    /** The company and period a page's header names, or empty when the page does not start with this header. */
    public Optional<ReportHeader> read(String pageText) {
        return read(PageLines.lines(pageText));
    }

    Optional<ReportHeader> read(List<String> lines) {
        int at = pageNumberLines(lines, 0);
        if (lines.size() < at + LINES || !titleMatches(lines)) {
            return Optional.empty();
        }
        String company = withoutPageNumber(lines.get(at + 1));
        Template.Match m = period.find(lines.get(at + 2));
        if (company.isEmpty() || m == null) {
            return Optional.empty();
        }
        Optional<LocalDate> start = m.date("start");
        Optional<LocalDate> end = m.date("end");
        if (start == null || end == null || start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new ReportHeader(company, new StatementPeriod(start.get(), end.get())));
    }

    private String withoutPageNumber(String line) {
        Template.@Nullable Match m = page.find(line);
        if (m == null) {
            return line.strip();
        }
        return (line.substring(0, m.start()) + " " + line.substring(m.end())).strip();
    }
}
