package com.ccp.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a Cardholder Activity Report (formats.md §1) from its page texts. */
public final class CarParser {

    static final String TITLE = "CARDHOLDER ACTIVITY REPORT";

    private CarParser() {
    }

    /** The company and period of a CAR, or empty when the page does not start like a CAR. */
    public static Optional<ReportHeader> readHeader(String firstPageText) {
        return PageLines.readHeader(firstPageText, TITLE);
    }

    /**
     * Parses the whole report. Lines that cannot be placed become warnings.
     *
     * @throws ReportFormatException when the file is not a CAR or is too damaged to use
     */
    public static CarReport parse(List<String> pageTexts) {
        ReportHeader header = pageTexts.isEmpty() ? null : readHeader(pageTexts.get(0)).orElse(null);
        if (header == null && !pageTexts.isEmpty() && ReceiptParser.readHeader(pageTexts.get(0)).isPresent()) {
            throw new ReportFormatException("This file is an employee receipt report, not a Cardholder Activity"
                    + " Report (CAR). Upload it as the receipt report, and upload the CAR from the card issuer here.");
        }
        if (header == null) {
            throw new ReportFormatException("This file is not a Cardholder Activity Report: page 1 does not start"
                    + " with 'CARDHOLDER ACTIVITY REPORT', the company and the statement period. Upload the CAR"
                    + " PDF exported from the card issuer.");
        }
        List<ParseWarning> warnings = new ArrayList<>();
        CarReader reader = new CarReader(warnings);
        for (int i = 0; i < pageTexts.size(); i++) {
            readPage(reader, i + 1, pageTexts.get(i), header, warnings);
        }
        List<Cardholder> cardholders = reader.finish(pageTexts.size());
        if (cardholders.isEmpty()) {
            throw new ReportFormatException("The CAR has no cardholder section ('Cardholder: NAME   Employee ID:"
                    + " ...') — the file is empty or damaged; export the full report again.");
        }
        if (reader.reportTotal == null) {
            throw new ReportFormatException("The CAR has no 'Report Total:' line — the file looks truncated;"
                    + " export the full report again.");
        }
        checkReportTotal(reader, cardholders, warnings);
        return new CarReport(header.company(), header.period(), cardholders, reader.reportTotal,
                reader.reportCardholders, reader.reportTransactions, pageTexts.size(), warnings);
    }

    /**
     * One page into the reader. A method of its own, called once per page, so the JIT compiles it
     * once and keeps it; a loop over a whole report in one method would be compiled on the stack
     * again at every upload, at the cost of a few hundred milliseconds of a core each time.
     */
    private static void readPage(CarReader reader, int page, String text, ReportHeader header,
                                 List<ParseWarning> warnings) {
        PageLines.Body body = PageLines.bodyOf(PageLines.lines(text), page, TITLE, header, CarReader::meaningful,
                warnings);
        for (int i = 0; i < body.lines().size(); i++) {
            reader.lineIndex = body.start() + i;
            reader.accept(page, body.lines().get(i));
        }
    }

    /** The Report Total line against what was read: a session-level warning, not an employee finding. */
    private static void checkReportTotal(CarReader reader, List<Cardholder> cardholders,
                                         List<ParseWarning> warnings) {
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
            warnings.add(new ParseWarning(reader.reportTotalPage, "The CAR's 'Report Total' line states "
                    + String.join("; ", problems) + " — the file may be damaged or incomplete."));
        }
    }

    private static void addCount(List<String> problems, String what, @Nullable Integer printed, int read) {
        if (printed != null && printed != read) {
            problems.add(printed + " " + what + " but " + read + " were read");
        }
    }
}
