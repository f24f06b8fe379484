package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.report.NameOrder;
import com.ccp.sample.Expected;
import com.ccp.sample.GeneratedEmployee;
import com.ccp.sample.LateReceiptSet;
import com.ccp.sample.SampleReceipt;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSets;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Delta after delta (product.md step 5): the first export sends every ready employee; after a
 * late receipt report changes two exported employees and brings one more, the next delta sends
 * exactly those three; a third has nothing to send.
 */
@IntegrationTest
class DeltaExportIT {

    private static final SampleSpec SPEC = SampleSpec.standard(81, 24);
    private static final SampleSpec PARTIAL_SPEC = SampleSpec.standard(87, 10);

    @LocalServerPort
    int port;

    @BeforeAll
    static void forgetEarlierRuns(@Autowired JdbcClient jdbc) {
        EarlierRuns.forgetExports(jdbc);
    }

    @Test
    void eachDeltaSendsOnlyRevisionsNeverExported() throws Exception {
        SampleSet set = Samples.of(SPEC);
        LateReceiptSet late = Samples.late(SPEC);
        ApiClient alice = new ApiClient(port, "alice");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Delta after delta", set);
        List<String> amountChanged = late.changes().stream()
                .filter(c -> c.category() == LateReceiptSet.Category.AMOUNT_CHANGED
                        && set.expected().employee(c.employeeId()).isPresent())
                .map(LateReceiptSet.Change::employeeId).limit(2).toList();
        String newcomer = late.changes().stream().filter(c -> c.category() == LateReceiptSet.Category.NEW_EMPLOYEE)
                .map(LateReceiptSet.Change::employeeId).findFirst().orElseThrow();
        assertThat(amountChanged).as("the late set changes two employees of the session").hasSize(2);
        amountChanged.forEach(employeeId -> sessions.resolveAll(id, employeeId));
        int ready = sessions.ready(id).size();

        JsonNode first = sessions.export(id, "DELTA").body();
        assertThat(first.path("employees").asInt()).isEqualTo(ready);

        assertThat(alice.uploadReceipts(id, late.receipts(), false).status()).isEqualTo(202);
        alice.awaitStatus(id, Duration.ofSeconds(120), "COMPARING_RECEIPTS");
        List<String> accepted = new ArrayList<>(amountChanged);
        accepted.add(newcomer);
        ApiClient.Response applied = alice.postJson("/api/sessions/" + id + "/comparison/apply",
                Map.of("accept", accepted));
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        accepted.forEach(employeeId -> sessions.resolveAll(id, employeeId));
        for (String employeeId : amountChanged) {
            JsonNode employee = sessions.employee(id, employeeId);
            assertThat(employee.path("revision").asInt()).isEqualTo(2);
            assertThat(employee.path("exported").asBoolean()).as("revision 2 is not exported yet").isFalse();
        }

        JsonNode preview = sessions.preview(id, "DELTA");
        assertThat(preview.path("newEmployees").asInt()).isEqualTo(1);
        assertThat(preview.path("changedEmployees").asInt()).isEqualTo(2);
        assertThat(preview.path("alreadyExported").asInt()).isEqualTo(ready - 2);
        assertThat(preview.path("willExport").asInt()).isEqualTo(3);

        ApiClient.Response second = sessions.export(id, "DELTA");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("employees").asInt()).isEqualTo(3);
        assertThat(second.body().path("markedRevisions").asInt()).isEqualTo(3);
        PvaultZip zip = new PvaultZip(alice.download(second.body().path("files").path("pvault").asString()).body());
        assertThat(zip.documents().stream().map(name -> name.substring(0, name.indexOf('_'))).toList())
                .containsExactlyInAnyOrderElementsOf(accepted);
        for (String employeeId : accepted) {
            assertDocumentHoldsTheNewestReceipts(zip, sessions.employee(id, employeeId), set, late);
        }

        ApiClient.Response third = sessions.export(id, "DELTA");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body().path("details").path("willExport").asInt()).isZero();
    }

    /**
     * A late report that lists one of an employee's receipts again, beside a new one: the document
     * holds each receipt's images once, the re-listed one's from the late file (formats.md §4).
     */
    @Test
    void receiptListedAgainInALateReportAppearsOnceFromTheNewestFile() throws Exception {
        SampleSet set = Samples.of(PARTIAL_SPEC);
        GeneratedEmployee employee = set.employees().stream()
                .filter(e -> e.inCar() && e.receipts().stream().filter(SampleReceipt::attachment).count() >= 2)
                .findFirst().orElseThrow();
        SampleReceipt again = employee.receipts().stream().filter(SampleReceipt::attachment).skip(1).findFirst()
                .orElseThrow();
        SampleReceipt added = new SampleReceipt("R-" + employee.employeeId() + "-900", again.date(), "Late Hardware",
                null, "Late receipt", null, new BigDecimal("12.34"), 2, null, null);
        Path lateFile = set.car().resolveSibling("receipts-partial.pdf");
        Expected late = SampleSets.writeReceiptReport(set, List.of(employee.withReceipts(
                employee.receiptName(), List.of(again, added), GeneratedEmployee.Misprint.none(), List.of())), lateFile);

        ApiClient alice = new ApiClient(port, "alice");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Receipt listed again", set);
        assertThat(alice.uploadReceipts(id, lateFile, false).status()).isEqualTo(202);
        alice.awaitStatus(id, Duration.ofSeconds(120), "COMPARING_RECEIPTS");
        ApiClient.Response applied = alice.postJson("/api/sessions/" + id + "/comparison/apply",
                Map.of("accept", List.of(employee.employeeId())));
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        sessions.resolveAll(id, employee.employeeId());
        ApiClient.Response exported = alice.postJson("/api/sessions/" + id + "/exports",
                Map.of("mode", "ALL"));
        assertThat(exported.status()).as(exported.body().toString()).isEqualTo(201);

        // first file: the list pages, then the images of every receipt but the one listed again
        Expected.Employee first = set.expected().employee(employee.employeeId()).orElseThrow();
        int firstPage = first.receiptPages().get(0);
        int lastPage = first.receiptPages().get(1);
        int imagesFrom = lastPage - employee.imagePages() + 1;
        List<PvaultZip.Source> sources = new ArrayList<>();
        sources.add(new PvaultZip.Source(set.car(), first.carPages().get(0), first.carPages().get(1)));
        sources.add(new PvaultZip.Source(set.receipts(), firstPage, imagesFrom - 1));
        int image = imagesFrom;
        for (SampleReceipt receipt : employee.receipts()) {
            if (receipt.attachment() && !receipt.id().equals(again.id())) {
                sources.add(new PvaultZip.Source(set.receipts(), image, image + receipt.attachmentPages() - 1));
            }
            image += receipt.attachmentPages();
        }
        Expected.Employee second = late.employee(employee.employeeId()).orElseThrow();
        sources.add(new PvaultZip.Source(lateFile, second.receiptPages().get(0), second.receiptPages().get(1)));

        PvaultZip zip = new PvaultZip(alice.download(exported.body().path("files").path("pvault").asString()).body());
        String document = ExportFileNames.employeeDocument(employee.employeeId(), employee.carName(), NameOrder.LAST_FIRST, "2025-03");
        PvaultZip.assertPagesOf(document, zip.entries.get(document), sources);
    }

    /** The late report lists every earlier receipt again, so all of an accepted employee's receipts come from it. */
    private static void assertDocumentHoldsTheNewestReceipts(PvaultZip zip, JsonNode employee, SampleSet set,
            LateReceiptSet late) throws Exception {
        String document = ExportFileNames.employeeDocument(employee.path("employeeId").asString(),
                employee.path("name").asString(), StandardNames.of(employee), "2025-03");
        List<PvaultZip.Source> sources = new ArrayList<>();
        if (!employee.path("carPages").isNull()) {
            sources.add(new PvaultZip.Source(set.car(), employee.path("carPages").get(0).asInt(),
                    employee.path("carPages").get(1).asInt()));
        }
        for (JsonNode receipt : employee.path("receipts")) {
            assertThat(receipt.path("fileVersion").asInt()).isEqualTo(2);
        }
        JsonNode versions = employee.path("receiptPagesByVersion");
        JsonNode newest = versions.get(versions.size() - 1);
        assertThat(newest.path("version").asInt()).isEqualTo(2);
        sources.add(new PvaultZip.Source(late.receipts(), newest.path("first").asInt(), newest.path("last").asInt()));
        PvaultZip.assertPagesOf(document, zip.entries.get(document), sources);
    }
}
