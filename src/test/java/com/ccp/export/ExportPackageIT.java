package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The package against the data, on a generated set over real HTTP: one index row per CAR
 * transaction of each exported employee, every PDF exactly their CAR pages then receipt pages,
 * every manifest SHA-256 right, the exceptions report listing every open issue.
 */
@IntegrationTest
class ExportPackageIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void forgetEarlierRuns(@Autowired JdbcClient jdbc) {
        EarlierRuns.forgetExports(jdbc);
    }

    @Test
    void packageHoldsEveryReadyEmployeeWithExactlyTheirPagesAndTransactions() throws Exception {
        SampleSet set = Samples.of(SampleSpec.standard(41, 24));
        ApiClient alice = new ApiClient(port, "alice");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Package check", set);
        // two more ready employees, one of them receipt-only or CAR-only where the set has one
        sessions.notReady(id).stream().limit(2).forEach(e -> sessions.resolveAll(id, e.path("employeeId").asString()));
        List<JsonNode> ready = sessions.ready(id);
        List<String> openIssues = sessions.openIssues(id);
        int notReady = sessions.notReady(id).size();

        JsonNode preview = sessions.preview(id, "DELTA");
        assertThat(preview.path("newEmployees").asInt()).isEqualTo(ready.size());
        assertThat(preview.path("changedEmployees").asInt()).isZero();
        assertThat(preview.path("alreadyExported").asInt()).isZero();
        assertThat(preview.path("notReady").asInt()).isEqualTo(notReady);
        assertThat(preview.path("willExport").asInt()).isEqualTo(ready.size());
        assertThat(preview.path("duplicates").size()).isZero();

        ApiClient.Response created = sessions.export(id, "DELTA");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        JsonNode batch = created.body();
        String batchId = batch.path("batchId").asString();
        int transactions = ready.stream().mapToInt(e -> e.path("transactionCount").asInt()).sum();
        assertThat(batch.path("mode").asString()).isEqualTo("DELTA");
        assertThat(batch.path("employees").asInt()).isEqualTo(ready.size());
        assertThat(batch.path("transactions").asInt()).isEqualTo(transactions);
        assertThat(batch.path("exceptions").asInt()).isEqualTo(openIssues.size());
        assertThat(batch.path("files").path("pvault").asString()).isEqualTo("/api/exports/" + batchId + "/pvault.zip");
        assertThat(batch.path("files").path("exceptionsCsv").asString())
                .isEqualTo("/api/exports/" + batchId + "/exceptions.csv");
        assertThat(batch.path("files").path("exceptionsPdf").asString())
                .isEqualTo("/api/exports/" + batchId + "/exceptions.pdf");

        ApiClient.Download zipDownload = alice.download(batch.path("files").path("pvault").asString());
        assertThat(zipDownload.status()).isEqualTo(200);
        assertThat(zipDownload.headers().getContentDisposition().getFilename())
                .isEqualTo("pvault_2025-03_" + batchId + ".zip");
        PvaultZip zip = new PvaultZip(zipDownload.body());
        assertPackage(zip, set, batchId, ready);

        ApiClient.Download csv = alice.download(batch.path("files").path("exceptionsCsv").asString());
        assertThat(csv.headers().getContentDisposition().getFilename()).isEqualTo("exceptions_2025-03_" + batchId + ".csv");
        assertThat(PvaultZip.header(csv.body())).containsExactly("employee_id", "employee_name", "flag", "detail",
                "amount_impact", "transaction_date", "reference", "merchant");
        for (CSVRecord row : PvaultZip.csv(csv.body())) {
            boolean aboutATransaction = row.get("flag").equals("MISSING_RECEIPT") || row.get("flag").equals("MISSING_CODING");
            assertThat(row.get("reference").isEmpty()).as(row.toString()).isEqualTo(!aboutATransaction);
            assertThat(row.get("transaction_date").isEmpty()).as(row.toString()).isEqualTo(!aboutATransaction);
            if (aboutATransaction) {
                assertThat(row.get("detail")).contains(row.get("merchant"));
                assertThat(row.get("transaction_date")).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
        assertThat(PvaultZip.csv(csv.body()).stream().map(r -> r.get("employee_id") + "|" + r.get("flag") + "|"
                + r.get("detail")).toList()).containsExactlyInAnyOrderElementsOf(openIssues);

        byte[] exceptionsPdf = alice.download(batch.path("files").path("exceptionsPdf").asString()).body();
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target",
                "export-package-it")).resolve("exceptions.pdf"), exceptionsPdf);
        String pdfText = PvaultZip.text(exceptionsPdf);
        assertThat(pdfText).contains("Exceptions report", "Package check", "2025-03", "alice", "Page 1 of",
                "Card spend without a receipt", "card spend");
        for (JsonNode employee : sessions.notReady(id)) {
            assertThat(pdfText).contains(employee.path("name").asString() + " — Employee ID "
                    + employee.path("employeeId").asString());
        }

        for (JsonNode employee : sessions.employees(id)) {
            boolean wasReady = ready.stream().anyMatch(r -> r.path("employeeId").equals(employee.path("employeeId")));
            assertThat(employee.path("exported").asBoolean()).isEqualTo(wasReady);
            assertThat(employee.path("exportBatchId").isNull()).isEqualTo(!wasReady);
        }
    }

    private static void assertPackage(PvaultZip zip, SampleSet set, String batchId, List<JsonNode> ready)
            throws Exception {
        assertThat(zip.documents()).hasSize(ready.size());
        assertThat(zip.entries).containsKeys("index.csv", "manifest.json").hasSize(ready.size() + 2);
        assertThat(PvaultZip.header(zip.entries.get("index.csv"))).containsExactly(PvaultPackage.INDEX_HEADER);

        Map<String, List<CSVRecord>> rowsByEmployee = new HashMap<>();
        for (CSVRecord row : zip.index()) {
            rowsByEmployee.computeIfAbsent(row.get("employee_id"), k -> new ArrayList<>()).add(row);
            assertThat(row.get("batch_id")).isEqualTo(batchId);
            assertThat(row.get("period")).isEqualTo("2025-03");
            assertThat(zip.entries).containsKey(row.get("document"));
            assertThat(row.get("amount")).matches("-?\\d+\\.\\d{2}");
        }
        for (JsonNode employee : ready) {
            String employeeId = employee.path("employeeId").asString();
            JsonNode detail = employee;
            List<CSVRecord> rows = rowsByEmployee.getOrDefault(employeeId, List.of());
            assertThat(rows).as("index rows of " + employeeId).hasSize(employee.path("transactionCount").asInt());
            BigDecimal sum = rows.stream().map(r -> new BigDecimal(r.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("index amounts of " + employeeId).isEqualByComparingTo(employee.path("carTotal").asString());
            String document = ExportFileNames.employeeDocument(employeeId, employee.path("name").asString(), StandardNames.of(employee), "2025-03");
            assertThat(zip.entries).containsKey(document);
            List<PvaultZip.Source> sources = new ArrayList<>();
            if (!detail.path("carPages").isNull()) {
                sources.add(new PvaultZip.Source(set.car(), detail.path("carPages").get(0).asInt(),
                        detail.path("carPages").get(1).asInt()));
            }
            if (!detail.path("receiptPages").isNull()) {
                sources.add(new PvaultZip.Source(set.receipts(), detail.path("receiptPages").get(0).asInt(),
                        detail.path("receiptPages").get(1).asInt()));
            }
            PvaultZip.assertPagesOf(document, zip.entries.get(document), sources);
            String text = PvaultZip.text(zip.entries.get(document));
            assertThat(text).contains("Employee ID: " + employeeId);
        }

        JsonNode manifest = zip.manifest();
        assertThat(manifest.path("batchId").asString()).isEqualTo(batchId);
        assertThat(manifest.path("period").asString()).isEqualTo("2025-03");
        assertThat(manifest.path("mode").asString()).isEqualTo("DELTA");
        assertThat(manifest.path("createdBy").asString()).isEqualTo("alice");
        assertThat(manifest.path("counts").path("employees").asInt()).isEqualTo(ready.size());
        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.path("files")) {
            String name = file.path("name").asString();
            listed.add(name);
            assertThat(file.path("sha256").asString()).as(name).isEqualTo(PvaultZip.sha256(zip.entries.get(name)));
            assertThat(file.path("bytes").asLong()).isEqualTo(zip.entries.get(name).length);
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                zip.entries.keySet().stream().filter(name -> !name.equals("manifest.json")).toList());
    }
}
