package com.ccp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.pdf.PageTexts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads the written PDFs back with the product's text extraction and checks what Expected claims about them. */
class SampleReportGeneratorTest {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final Map<String, Generated> CACHE = new ConcurrentHashMap<>();

    record Generated(SampleSet set, List<List<String>> car, List<List<String>> receipts) {
    }

    static List<Arguments> specs() {
        return List.of(Arguments.of(SampleSpec.standard(7, 8)), Arguments.of(SampleSpec.alt(11, 14)),
                Arguments.of(SampleSpec.standard(3, 40)), Arguments.of(SampleSpec.alt(5, 3)));
    }

    static Generated generated(SampleSpec spec) throws IOException {
        String key = spec.layout() + "-" + spec.employees() + "-" + spec.seed();
        Generated cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        SampleSet set = SampleSets.generate(spec, Path.of("target", "samples-test", key));
        Generated result = new Generated(set, lines(PageTexts.read(set.car().toFile())),
                lines(PageTexts.read(set.receipts().toFile())));
        CACHE.put(key, result);
        return result;
    }

    private static List<List<String>> lines(List<String> pages) {
        return pages.stream().map(p -> Arrays.stream(p.split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                .toList()).toList();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void page_counts_and_running_header_and_footer_on_every_text_page(SampleSpec spec) throws IOException {
        Generated g = generated(spec);
        Expected expected = g.set().expected();
        assertThat(g.car()).hasSize(expected.carPageCount());
        assertThat(g.receipts()).hasSize(expected.receiptPageCount());
        String period = periodText(spec.period());
        Pattern footer = spec.layout() == Layout.STANDARD
                ? Pattern.compile("Printed \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d Confidential")
                : Pattern.compile("Generated \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d - Internal use only");
        for (int i = 0; i < g.car().size(); i++) {
            List<String> page = g.car().get(i);
            assertThat(page.subList(0, 3)).containsExactly("CARDHOLDER ACTIVITY REPORT", spec.company(),
                    "Statement Period: " + period + " Page " + (i + 1) + " of " + g.car().size());
            assertThat(page.getLast()).matches(footer);
        }
        for (int i = 0; i < g.receipts().size(); i++) {
            List<String> page = g.receipts().get(i);
            if (page.isEmpty()) {
                continue;
            }
            assertThat(page.subList(0, 3)).containsExactly("EMPLOYEE RECEIPT REPORT", spec.company(),
                    "Period: " + period + " Page " + (i + 1) + " of " + g.receipts().size());
            assertThat(page.getLast()).matches(footer);
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void car_sections_are_on_the_pages_expected_claims(SampleSpec spec) throws IOException {
        Generated g = generated(spec);
        for (Expected.Employee e : g.set().expected().employees()) {
            if (e.carPages() == null) {
                assertThat(e.carName()).isNull();
                continue;
            }
            int first = e.carPages().get(0);
            int last = e.carPages().get(1);
            assertThat(g.car().get(first - 1))
                    .contains("Cardholder: " + e.carName() + " Employee ID: " + e.employeeId());
            for (int page = first + 1; page <= last; page++) {
                assertThat(g.car().get(page - 1)).contains("Cardholder: " + e.carName() + " (continued)");
            }
            GeneratedEmployee generated = g.set().employee(e.employeeId());
            assertThat(g.car().get(last - 1)).contains("Cardholder Total (" + generated.printedTransactionCount()
                    + " transactions): " + Money.car(generated.printedCarTotal()));
            String section = String.join("\n",
                    g.car().subList(first - 1, last).stream().flatMap(List::stream).toList());
            for (SampleTransaction t : generated.transactions()) {
                assertThat(section).contains(t.transDate().format(US) + " " + t.postDate().format(US) + " "
                        + t.reference() + " ");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void receipt_sections_and_image_pages_are_where_expected_claims(SampleSpec spec) throws IOException {
        Generated g = generated(spec);
        int imagePages = 0;
        for (Expected.Employee e : g.set().expected().employees()) {
            GeneratedEmployee generated = g.set().employee(e.employeeId());
            if (e.receiptPages() == null) {
                assertThat(generated.receipts()).isEmpty();
                continue;
            }
            int first = e.receiptPages().get(0);
            int last = e.receiptPages().get(1);
            String employeeLine = "Employee: " + e.receiptName()
                    + (generated.receiptShowsId() ? " Employee ID: " + e.employeeId() : "");
            assertThat(g.receipts().get(first - 1)).contains(employeeLine);
            int images = generated.imagePages();
            imagePages += images;
            for (int page = last - images + 1; page <= last; page++) {
                assertThat(g.receipts().get(page - 1)).as("image page %d", page).isEmpty();
            }
            for (int page = first; page <= last - images; page++) {
                assertThat(g.receipts().get(page - 1)).as("text page %d", page).isNotEmpty();
            }
            String section = String.join("\n", g.receipts().subList(first - 1, last - images).stream()
                    .flatMap(List::stream).toList());
            assertThat(section).contains("Receipt Total: " + Money.receipt(generated.printedReceiptTotal())
                    + " Receipts: " + generated.printedReceiptCount());
            for (SampleReceipt r : generated.receipts()) {
                assertThat(section).contains(r.id() + " " + r.date().format(US) + " ");
            }
        }
        assertThat(g.receipts().stream().filter(List::isEmpty).count()).isEqualTo(imagePages);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void printed_report_total_is_the_sum_of_the_transactions(SampleSpec spec) throws IOException {
        Generated g = generated(spec);
        Expected expected = g.set().expected();
        BigDecimal sum = g.set().employees().stream().flatMap(e -> e.transactions().stream())
                .map(SampleTransaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(expected.reportTotal()).isEqualByComparingTo(sum);
        assertThat(g.car().getLast()).contains("Report Total: " + Money.car(sum) + " Cardholders: "
                + Money.count(expected.cardholders()) + " Transactions: " + Money.count(expected.transactions()));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void quirks_are_visible_in_the_text_as_formats_md_shows_them(SampleSpec spec) throws IOException {
        if (spec.employees() < 8) {
            return;
        }
        Generated g = generated(spec);
        List<String> car = g.car().stream().flatMap(List::stream).toList();
        List<String> receipts = g.receipts().stream().flatMap(List::stream).toList();
        assertThat(car).anyMatch(l -> l.matches("Job: \\d\\d-\\d{3} Phase: Cost Type: [A-Z]"))
                .anyMatch(l -> l.matches(".* \\(\\d+\\.\\d\\d\\)"))
                .anyMatch(l -> l.matches(".* \\d{1,3},\\d{3}\\.\\d\\d"))
                .anyMatch(l -> l.startsWith("GL Account: "))
                .anyMatch(l -> l.matches("Cardholder: .*'.* Employee ID: \\d+"))
                .anyMatch(l -> l.matches("Cardholder: .*-.*, .* Employee ID: \\d+"))
                .anyMatch(l -> l.matches("Cardholder: .*[ÑÉÁÍÓÚ].* Employee ID: \\d+"))
                .contains("Cardholder: " + g.set().employee("004355").carName() + " Employee ID: 004355")
                .contains("Cardholder: " + g.set().employee("4355").carName() + " Employee ID: 4355")
                .anyMatch(l -> l.startsWith("Cardholder Total (1 transactions): "));
        assertThat(receipts).anyMatch(l -> l.matches("R-\\S+ \\S+ .* -\\$\\d+\\.\\d\\d"))
                .contains("Attachment: No").contains("Attachment: Yes (1 pages)")
                .anyMatch(l -> l.startsWith("Employee: ") && !l.contains("Employee ID:"));
        long sharedPages = g.receipts().stream()
                .filter(page -> page.stream().filter(l -> l.startsWith("Employee: ")).count() > 1).count();
        assertThat(sharedPages).isPositive();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void the_same_spec_gives_the_same_truth(SampleSpec spec) throws IOException {
        SampleSet again = SampleSets.generate(spec, Path.of("target", "samples-test", "again-"
                + spec.layout() + "-" + spec.employees() + "-" + spec.seed()));
        assertThat(again.expected()).isEqualTo(generated(spec).set().expected());
    }

    private static String periodText(YearMonth period) {
        DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/yyyy");
        return us.format(period.atDay(1)) + " - " + us.format(period.atEndOfMonth());
    }
}
