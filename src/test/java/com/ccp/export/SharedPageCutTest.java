package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccp.pdf.PageTexts;
import com.ccp.pdf.export.PageCutter.CutPage;
import com.ccp.pdf.export.PageCutter;
import com.ccp.report.CarParser;
import com.ccp.report.Cardholder;
import com.ccp.report.LineSpan;
import com.ccp.report.ReceiptEmployee;
import com.ccp.report.ReceiptParser;
import com.ccp.sample.GeneratedEmployee;
import com.ccp.sample.Layout;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cuts every employee's pages out of a generated CAR and receipt report whose sections share
 * pages, and reads each document back: nothing of anyone else in its text or content streams, all
 * of their own lines there. No database: the cutting alone.
 */
class SharedPageCutTest {

    @ParameterizedTest
    @EnumSource(Layout.class)
    void everyEmployeeDocumentHoldsAllOfTheirLinesAndNothingOfAnyoneElse(Layout layout) throws Exception {
        SampleSet set = Samples.of(SampleSpec.of(23, 30, layout));
        List<String> carTexts = PageTexts.read(set.car().toFile());
        List<String> receiptTexts = PageTexts.read(set.receipts().toFile());
        List<Cardholder> cardholders = CarParser.parse(com.ccp.report.BuiltInProfiles.car(), carTexts).cardholders();
        List<ReceiptEmployee> sections = ReceiptParser.parse(com.ccp.report.BuiltInProfiles.receipts(), receiptTexts).employees();
        Map<String, String> employeeOfReceipt = new HashMap<>();
        set.employees().forEach(e -> e.receipts().forEach(r -> employeeOfReceipt.put(r.id(), e.employeeId())));
        SectionLines carLines = new SectionLines(carTexts);
        cardholders.forEach(c -> carLines.add(c.employeeId(), c.lines()));
        SectionLines receiptLines = new SectionLines(receiptTexts);
        Map<String, List<ReceiptEmployee>> sectionsOf = new HashMap<>();
        for (ReceiptEmployee section : sections) {
            String owner = employeeOfReceipt.get(section.receipts().getFirst().receiptId());
            receiptLines.add(owner, section.lines());
            sectionsOf.computeIfAbsent(owner, k -> new ArrayList<>()).add(section);
        }
        long sharedCarPages = cardholders.stream().flatMap(c -> c.lines().stream().map(LineSpan::page)).distinct()
                .filter(page -> cardholders.stream().filter(c -> c.lines().stream().anyMatch(s -> s.page() == page))
                        .count() > 1).count();
        assertThat(sharedCarPages).as("CAR pages shared by two sections or more").isGreaterThan(5);

        Path out = Files.createDirectories(Path.of("target", "shared-page-cut", layout.name().toLowerCase()));
        int cutPages = 0;
        try (PageCutter cutter = new PageCutter()) {
            for (GeneratedEmployee employee : set.employees()) {
                List<CutPage> pages = new ArrayList<>();
                List<String> ownLines = new ArrayList<>();
                for (Cardholder c : cardholders) {
                    if (c.employeeId().equals(employee.employeeId())) {
                        for (int page = c.pages().first(); page <= c.pages().last(); page++) {
                            pages.add(new CutPage(set.car(), page, carLines.choice(employee.employeeId(), page)));
                        }
                        ownLines.addAll(lines(carTexts, c.lines()));
                    }
                }
                for (ReceiptEmployee section : sectionsOf.getOrDefault(employee.employeeId(), List.of())) {
                    for (int page = section.pages().first(); page <= section.pages().last(); page++) {
                        pages.add(new CutPage(set.receipts(), page, receiptLines.choice(employee.employeeId(), page)));
                    }
                    ownLines.addAll(lines(receiptTexts, section.lines()));
                }
                cutPages += pages.stream().filter(p -> p.keep() != null).count();
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                cutter.write(employee.employeeId(), report -> report.title("Cover", employee.employeeId()), pages,
                        List.of(), pdf);
                Files.write(out.resolve(employee.employeeId() + ".pdf"), pdf.toByteArray());
                EmployeeDocumentCheck.Read read = EmployeeDocumentCheck.read(pdf.toByteArray());
                assertThat(read.lines()).as("own lines of " + employee.employeeId()).containsAll(ownLines);
                EmployeeDocumentCheck.assertNothingOfOthers(employee.employeeId(), read, employee, set.employees());
            }
        }
        assertThat(cutPages).as("pages cut down to one person's part").isGreaterThan(10);
    }

    @Test
    void theCheckFindsAnotherPersonsDataOnAPageCopiedWhole() throws Exception {
        SampleSet set = Samples.of(SampleSpec.standard(23, 30));
        List<Cardholder> cardholders = CarParser.parse(com.ccp.report.BuiltInProfiles.car(), PageTexts.read(set.car().toFile())).cardholders();
        Cardholder first = cardholders.getFirst();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PageCutter cutter = new PageCutter()) {
            cutter.write("whole", report -> report.title("Cover", ""),
                    List.of(new CutPage(set.car(), first.pages().last(), null)), List.of(), pdf);
        }
        GeneratedEmployee owner = set.employee(first.employeeId());
        EmployeeDocumentCheck.Read read = EmployeeDocumentCheck.read(pdf.toByteArray());
        assertThatThrownBy(
                () -> EmployeeDocumentCheck.assertNothingOfOthers("whole page", read, owner, set.employees()))
                .isInstanceOf(AssertionError.class).hasMessageContaining(cardholders.get(1).employeeId());
    }

    private static List<String> lines(List<String> texts, List<LineSpan> spans) {
        List<String> lines = new ArrayList<>();
        for (LineSpan span : spans) {
            List<String> page = com.ccp.pdf.PageRedaction.lines(texts.get(span.page() - 1));
            lines.addAll(page.subList(span.first(), span.last() + 1));
        }
        return lines;
    }

}
