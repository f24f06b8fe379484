package com.ccp.pdf.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.pdf.PageRedaction;
import com.ccp.pdf.export.ReportDocument.Column;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportDocumentTest {

    private static final List<Column> ISSUES = List.of(new Column("Flag", 1.7f, false),
            new Column("Detail", 5, false), new Column("Amount impact", 1.4f, true));

    @Test
    void aBlockHeadingNeverEndsAPageWithoutItsFirstRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportDocument report = ReportDocument.create("Exceptions report", "Exceptions report")) {
            report.title("Exceptions report", "a long one");
            report.section("Issues by employee");
            for (int employee = 0; employee < 60; employee++) {
                report.block("EMPLOYEE " + employee + " — Employee ID " + (1000 + employee), ISSUES);
                for (int issue = 0; issue <= employee % 4; issue++) {
                    report.row(List.of("Missing receipt", "No receipt for 03/02/2025 HOME DEPOT " + "and more words ".repeat(
                            1 + (employee + issue) % 9), "$12.34"));
                }
            }
            report.save(out);
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = PageRedaction.lines(stripper.getText(document));
                String lastBodyLine = lines.get(lines.size() - 2);
                assertThat(lastBodyLine).as("last line above the footer of page " + page)
                        .doesNotContain("Employee ID").isNotEqualTo("Flag Detail Amount impact");
            }
        }
    }
}
