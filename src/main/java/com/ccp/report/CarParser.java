package com.ccp.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a Cardholder Activity Report (formats.md §1) from its page texts. */
public final class CarParser {

    private CarParser() {
    }

    /** The company and period of a CAR in this wording, or empty when the page does not start like one. */
    public static Optional<ReportHeader> readHeader(CarWording wording, String firstPageText) {
        return wording.header().read(PageLines.lines(firstPageText));
    }

    /**
     * Parses the whole report. Lines that cannot be placed become warnings.
     *
     * @throws ReportFormatException when the file is not a CAR of this wording or is too damaged to use
     */
    public static CarReport parse(CarWording wording, List<String> pageTexts) {
        ReportHeader header = pageTexts.isEmpty() ? null : readHeader(wording, pageTexts.get(0)).orElse(null);
        if (header == null) {
            throw new ReportFormatException("This file is not a Cardholder Activity Report: page 1 does not start"
                    + " with '" + wording.header().title() + "', the company and the statement period. Upload the"
                    + " CAR PDF exported from the card issuer.");
        }
        List<ParseWarning> warnings = new ArrayList<>();
        CarReader reader = new CarReader(wording, warnings);
        for (int i = 0; i < pageTexts.size(); i++) {
            readPage(reader, wording, i + 1, pageTexts.get(i), header, warnings);
        }
        List<Cardholder> cardholders = reader.finish(pageTexts.size());
        if (cardholders.isEmpty()) {
            throw new ReportFormatException("The CAR has no cardholder section ('" + wording.cardholder.source()
                    + "') — the file is empty or damaged; export the full report again.");
        }
        if (reader.reportTotal == null) {
            throw new ReportFormatException("The CAR has no '" + wording.reportTotal.head() + "' line — the file"
                    + " looks truncated; export the full report again.");
        }
        checkReportTotal(reader, cardholders, warnings, wording.reportTotal.head());
        return new CarReport(header.company(), header.period(), cardholders, reader.reportTotal,
                reader.reportCardholders, reader.reportTransactions, pageTexts.size(), warnings);
    }

    /**
     * One page into the reader. A method of its own, called once per page, so the JIT compiles it
     * once and keeps it; a loop over a whole report in one method would be compiled on the stack
     * again at every upload, at the cost of a few hundred milliseconds of a core each time.
     */
    private static void readPage(CarReader reader, CarWording wording, int page, String text, ReportHeader header,
                                 List<ParseWarning> warnings) {
        PageLines.Body body = PageLines.bodyOf(PageLines.lines(text), page, wording.header(), header,
                reader::meaningful, warnings);
        for (int i = 0; i < body.lines().size(); i++) {
            reader.lineIndex = body.start() + i;
            reader.accept(page, body.lines().get(i));
        }
    }

    /** The Report Total line against what was read: a session-level warning, not an employee finding. */
    private static void checkReportTotal(CarReader reader, List<Cardholder> cardholders,
                                         List<ParseWarning> warnings, String label) {
        BigDecimal total = cardholders.stream().map(Cardholder::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        int transactions = cardholders.stream().mapToInt(c -> c.transactions().size()).sum();
        List<String> problems = new ArrayList<>();
        if (reader.reportTotal != null && reader.reportTotal.compareTo(total) != 0) {
            problems.add("a total of " + reader.reportTotal.toPlainString() + " but the transactions read sum to "
                    + total.toPlainString());
        }
        addCount(problems, "cardholders", reader.reportCardholders, cardholders.size());
        addCount(problems, "transactions", reader.reportTransactions, transactions);
        if (!problems.isEmpty()) {
            warnings.add(new ParseWarning(reader.reportTotalPage, "The CAR's '" + label + "' line states "
                    + String.join("; ", problems) + " — the file may be damaged or incomplete."));
        }
    }

    private static void addCount(List<String> problems, String what, @Nullable Integer printed, int read) {
        if (printed != null && printed != read) {
            problems.add(printed + " " + what + " but " + read + " were read");
        }
    }
}
