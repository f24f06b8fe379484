package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.pdf.PageRedaction;
import com.ccp.pdf.PageTexts;
import com.ccp.report.CarParser;
import com.ccp.report.Cardholder;
import com.ccp.report.LineSpan;
import com.ccp.report.ReceiptEmployee;
import com.ccp.report.ReceiptParser;
import com.ccp.sample.GeneratedEmployee;
import com.ccp.sample.SampleReceipt;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * formats.md §4 on a generated month whose cardholder sections and receipt sections share pages:
 * every employee is made ready and exported, and every employee PDF of the package is read back —
 * a cover naming them, their card, period, session, batch and every transaction; the outline; all
 * of their own report lines; and not one Employee ID, name, reference number, receipt ID or amount
 * of anyone else, in the text or in the strings the content streams show. Two employees' pages are
 * rendered to target/employee-documents-it for a look.
 */
@IntegrationTest
class EmployeeDocumentsIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void forgetEarlierRuns(@Autowired JdbcClient jdbc) {
        EarlierRuns.forgetExports(jdbc);
    }

    @Test
    void everyEmployeeDocumentHasItsCoverOutlineAndOwnLinesAndNothingOfAnyoneElse() throws Exception {
        SampleSet set = Samples.of(SampleSpec.standard(23, 30));
        List<String> carTexts = PageTexts.read(set.car().toFile());
        List<String> receiptTexts = PageTexts.read(set.receipts().toFile());
        List<Cardholder> cardholders = CarParser.parse(com.ccp.report.BuiltInProfiles.car(), carTexts).cardholders();
        assertThat(sharedPages(cardholders.stream().map(Cardholder::lines).toList()))
                .as("CAR pages that hold two sections or more").isGreaterThanOrEqualTo(10);
        Map<String, String> employeeOfReceipt = new HashMap<>();
        set.employees().forEach(e -> e.receipts().forEach(r -> employeeOfReceipt.put(r.id(), e.employeeId())));
        Map<String, List<String>> ownLines = new HashMap<>();
        for (Cardholder c : cardholders) {
            ownLines.computeIfAbsent(c.employeeId(), k -> new ArrayList<>()).addAll(lines(carTexts, c.lines()));
        }
        for (ReceiptEmployee section : ReceiptParser.parse(com.ccp.report.BuiltInProfiles.receipts(), receiptTexts).employees()) {
            String owner = employeeOfReceipt.get(section.receipts().getFirst().receiptId());
            ownLines.computeIfAbsent(owner, k -> new ArrayList<>()).addAll(lines(receiptTexts, section.lines()));
        }

        ApiClient alice = new ApiClient(port, "alice");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Shared pages month", set);
        sessions.notReady(id).forEach(e -> sessions.resolveAll(id, e.path("employeeId").asString()));
        List<JsonNode> employees = sessions.employees(id);
        assertThat(employees).allMatch(e -> e.path("status").asString().equals("READY"));
        ApiClient.Response created = sessions.export(id, "ALL");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String batchId = created.body().path("batchId").asString();
        PvaultZip zip = new PvaultZip(alice.download(created.body().path("files").path("pvault").asString()).body());
        assertThat(zip.documents()).hasSize(employees.size());

        Path images = Files.createDirectories(Path.of("target", "employee-documents-it"));
        int rendered = 0;
        for (JsonNode row : employees) {
            String employeeId = row.path("employeeId").asString();
            GeneratedEmployee employee = set.employee(employeeId);
            String document = ExportFileNames.employeeDocument(employeeId, row.path("name").asString(), StandardNames.of(row), "2025-03");
            byte[] pdf = zip.entries.get(document);
            assertThat(pdf).as(document).isNotNull();
            EmployeeDocumentCheck.Read read = EmployeeDocumentCheck.read(pdf);

            assertThat(read.text()).as(document + " cover").contains("Cover page 1 of", row.path("name").asString(),
                    "Employee ID " + employeeId, "Shared pages month", batchId, "2025-03");
            if (employee.inCar()) {
                assertThat(read.text()).contains("ending " + employee.cardLast4());
            }
            JsonNode detail = sessions.employee(id, employeeId);
            for (JsonNode t : detail.path("transactions")) {
                assertThat(read.text()).as(document + " cover lists " + t.path("reference").asString())
                        .contains(t.path("reference").asString());
            }
            List<String> expectedBookmarks = new ArrayList<>(List.of("Cover"));
            if (employee.inCar()) {
                expectedBookmarks.add("CAR pages " + row.path("carPages").get(0).asInt()
                        + (row.path("carPages").get(0).asInt() == row.path("carPages").get(1).asInt() ? ""
                        : "–" + row.path("carPages").get(1).asInt()));
            }
            employee.receipts().stream().map(SampleReceipt::id).forEach(expectedBookmarks::add);
            assertThat(read.bookmarks()).as(document + " outline").containsExactlyInAnyOrderElementsOf(expectedBookmarks);
            assertThat(read.bookmarks().getFirst()).isEqualTo("Cover");

            assertThat(read.lines()).as(document + " holds every line of its own").containsAll(ownLines.get(employeeId));
            EmployeeDocumentCheck.assertNothingOfOthers(document, read, employee, set.employees());
            if (rendered < 2 && employee.inCar() && employee.inReceipts() && sharesPages(employeeId, cardholders)) {
                render(pdf, images.resolve(employeeId));
                rendered++;
            }
        }
        assertThat(rendered).isEqualTo(2);
    }

    private static long sharedPages(List<List<LineSpan>> sections) {
        Map<Integer, Integer> sectionsOnPage = new HashMap<>();
        for (List<LineSpan> spans : sections) {
            spans.stream().map(LineSpan::page).distinct().forEach(page -> sectionsOnPage.merge(page, 1, Integer::sum));
        }
        return sectionsOnPage.values().stream().filter(n -> n > 1).count();
    }

    private static boolean sharesPages(String employeeId, List<Cardholder> cardholders) {
        Cardholder own = cardholders.stream().filter(c -> c.employeeId().equals(employeeId)).findFirst().orElseThrow();
        return cardholders.stream().anyMatch(c -> c != own && c.lines().stream()
                .anyMatch(s -> own.lines().stream().anyMatch(o -> o.page() == s.page())));
    }

    private static List<String> lines(List<String> texts, List<LineSpan> spans) {
        List<String> lines = new ArrayList<>();
        for (LineSpan span : spans) {
            lines.addAll(PageRedaction.lines(texts.get(span.page() - 1)).subList(span.first(), span.last() + 1));
        }
        return lines;
    }

    private static void render(byte[] pdf, Path prefix) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(document.getNumberOfPages(), 6); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60);
                ImageIO.write(image, "png", Path.of(prefix + "-" + (page + 1) + ".png").toFile());
            }
        }
    }
}
