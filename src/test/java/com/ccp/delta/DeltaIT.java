package com.ccp.delta;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.LateReceiptSet;
import com.ccp.sample.Layout;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.ExpectedEmployees;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Late receipt reports over real HTTP on generated sets, against the generator's own truth of the
 * merged month: the comparison, nothing changing before apply, apply, the same file again, a
 * replacement, reject and discard.
 */
@IntegrationTest
class DeltaIT {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(Layout.class)
    void lateReceiptsGiveTheGeneratedDeltaAndApplyingGivesTheMergedMonth(Layout layout) throws Exception {
        SampleSpec spec = SampleSpec.of(31, 24, layout);
        SampleSet set = Samples.of(spec);
        LateReceiptSet late = Samples.late(spec);
        ApiClient alice = new ApiClient(port, "alice");
        String id = alice.completedSession("Delta " + layout, set.car(), set.receipts());
        JsonNode before = employees(alice, id);

        ApiClient.Response upload = alice.uploadReceipts(id, late.receipts(), false);
        assertThat(upload.status()).isEqualTo(202);
        assertThat(upload.body().path("receiptVersion").asInt()).isEqualTo(2);
        JsonNode answered = alice.get("/api/sessions/" + id).body();
        assertThat(answered.path("status").asString()).isIn("RECEIPT_REPROCESSING", "COMPARING_RECEIPTS");
        assertThat(answered.path("receiptVersion").asInt()).isEqualTo(2);
        assertThat(answered.path("lastReceiptUpload").isNull()).isFalse();
        alice.awaitStatus(id, WAIT, "COMPARING_RECEIPTS");

        JsonNode comparison = alice.get("/api/sessions/" + id + "/comparison").body();
        assertThat(comparison.path("mode").asString()).isEqualTo("MERGE");
        assertThat(comparison.path("receiptVersion").asInt()).isEqualTo(2);
        assertThat(comparison.path("newReceipts").asInt()).isEqualTo(late.newReceipts());
        Map<String, JsonNode> changes = ExpectedEmployees.byEmployee(comparison.path("changes"));
        assertThat(changes).hasSize(late.changes().size());
        for (LateReceiptSet.Change expected : late.changes()) {
            JsonNode change = changes.get(expected.employeeId());
            assertThat(change.path("type").asString()).as(expected.employeeId()).isEqualTo(expected.category().name());
            assertAmount(change.path("oldReceiptTotal"), expected.oldReceiptTotal());
            assertAmount(change.path("newReceiptTotal"), expected.newReceiptTotal());
            assertAmount(change.path("delta"), expected.difference());
            assertThat(change.path("decision").isNull()).isTrue();
        }
        assertThat(employees(alice, id)).as("nothing changes before apply").isEqualTo(before);

        ApiClient.Response applied = alice.postJson("/api/sessions/" + id + "/comparison/apply", Map.of("accept", "ALL"));
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.body().path("status").asString()).isEqualTo("COMPLETED");
        JsonNode after = employees(alice, id);
        ExpectedEmployees.assertMergedMonth(after, late.expected());
        for (LateReceiptSet.Change expected : late.changes()) {
            JsonNode employee = ExpectedEmployees.byEmployee(after).get(expected.employeeId());
            int revision = expected.category() == LateReceiptSet.Category.AMOUNT_CHANGED ? 2 : 1;
            assertThat(employee.path("revision").asInt()).as(expected.employeeId()).isEqualTo(revision);
        }
        LateReceiptSet.Change changed = late.changes().stream()
                .filter(c -> c.category() == LateReceiptSet.Category.AMOUNT_CHANGED).findFirst().orElseThrow();
        JsonNode history = alice.get("/api/sessions/" + id + "/employees/" + changed.employeeId()).body()
                .path("revisions");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).path("revision").asInt()).isEqualTo(2);
        assertAmount(history.get(0).path("previousReceiptTotal"), changed.oldReceiptTotal());
        assertAmount(history.get(0).path("receiptTotal"), changed.newReceiptTotal());
        assertThat(history.get(0).path("amountChanged").asBoolean()).isTrue();
        assertThat(history.get(0).path("receiptVersionProcessed").asInt()).isEqualTo(2);
        assertThat(history.get(0).path("createdBy").asString()).isEqualTo("alice");

        // The same file again adds nothing; discarding it leaves the session exactly as it was.
        assertThat(alice.uploadReceipts(id, late.receipts(), false).body().path("receiptVersion").asInt()).isEqualTo(3);
        alice.awaitStatus(id, WAIT, "COMPARING_RECEIPTS");
        JsonNode again = alice.get("/api/sessions/" + id + "/comparison").body();
        assertThat(again.path("newReceipts").asInt()).isZero();
        again.path("changes").forEach(c -> assertThat(c.path("type").asString())
                .isNotIn("NEW_EMPLOYEE", "AMOUNT_CHANGED", "REMOVED"));
        assertThat(alice.postJson("/api/sessions/" + id + "/comparison/discard", Map.of()).status()).isEqualTo(200);
        assertThat(employees(alice, id)).as("discard leaves the data as it was").isEqualTo(after);
        assertThat(alice.get("/api/sessions/" + id + "/comparison").status()).isEqualTo(404);

        // The first report as a replacement removes the new employees and reverses the amount changes.
        assertThat(alice.uploadReceipts(id, set.receipts(), true).body().path("receiptVersion").asInt()).isEqualTo(4);
        alice.awaitStatus(id, WAIT, "COMPARING_RECEIPTS");
        JsonNode replaced = alice.get("/api/sessions/" + id + "/comparison").body();
        assertThat(replaced.path("mode").asString()).isEqualTo("REPLACE");
        Map<String, JsonNode> reversed = ExpectedEmployees.byEmployee(replaced.path("changes"));
        for (LateReceiptSet.Change expected : late.changes()) {
            JsonNode change = reversed.get(expected.employeeId());
            switch (expected.category()) {
                case NEW_EMPLOYEE -> assertThat(change.path("type").asString()).isEqualTo("REMOVED");
                case AMOUNT_CHANGED -> {
                    assertThat(change.path("type").asString()).isIn("AMOUNT_CHANGED", "REMOVED");
                    assertAmount(change.path("newReceiptTotal"), expected.oldReceiptTotal());
                    assertAmount(change.path("delta"), expected.difference().negate());
                }
                default -> assertThat(change.path("type").asString()).isEqualTo(expected.category().name());
            }
        }
    }

    @Test
    void rejectedChangesLeaveTheirEmployeesAsTheyWere() throws Exception {
        SampleSpec spec = SampleSpec.of(33, 24, Layout.STANDARD);
        LateReceiptSet late = Samples.late(spec);
        ApiClient alice = new ApiClient(port, "alice");
        String id = alice.completedSession("Reject", Samples.of(spec).car(), Samples.of(spec).receipts());
        Map<String, JsonNode> before = ExpectedEmployees.byEmployee(employees(alice, id));
        alice.uploadReceipts(id, late.receipts(), false);
        alice.awaitStatus(id, WAIT, "COMPARING_RECEIPTS");
        List<String> changed = late.changes().stream()
                .filter(c -> c.category() == LateReceiptSet.Category.AMOUNT_CHANGED)
                .map(LateReceiptSet.Change::employeeId).toList();
        assertThat(changed).hasSizeGreaterThanOrEqualTo(2);
        String accepted = changed.get(0);
        String rejected = changed.get(1);

        ApiClient.Response unknown = alice.postJson("/api/sessions/" + id + "/comparison/apply",
                Map.of("accept", List.of("NOPE-1")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("BAD_INPUT");
        assertThat(alice.get("/api/sessions/" + id).body().path("status").asString()).isEqualTo("COMPARING_RECEIPTS");

        ApiClient.Response applied = alice.postJson("/api/sessions/" + id + "/comparison/apply",
                Map.of("accept", List.of(accepted), "reject", List.of(rejected)));
        assertThat(applied.status()).isEqualTo(200);
        Map<String, JsonNode> after = ExpectedEmployees.byEmployee(employees(alice, id));
        assertThat(after.get(rejected)).isEqualTo(before.get(rejected));
        assertThat(after.get(accepted).path("revision").asInt()).isEqualTo(2);
        assertThat(after.get(accepted).path("receiptTotal")).isNotEqualTo(before.get(accepted).path("receiptTotal"));
        // Unnamed changes count as rejected.
        late.changes().stream().filter(c -> c.category() != LateReceiptSet.Category.NO_CHANGE)
                .filter(c -> !c.employeeId().equals(accepted))
                .forEach(c -> assertThat(after.get(c.employeeId())).isEqualTo(before.get(c.employeeId())));

        Map<String, JsonNode> decisions = ExpectedEmployees.byEmployee(alice.get("/api/sessions/" + id + "/comparison").body()
                .path("changes"));
        assertThat(decisions.get(accepted).path("decision").asString()).isEqualTo("ACCEPT");
        assertThat(decisions.get(rejected).path("decision").asString()).isEqualTo("REJECT");
        ApiClient.Response twice = alice.postJson("/api/sessions/" + id + "/comparison/apply", Map.of("accept", "ALL"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("INVALID_STATE");
        assertThat(twice.body().path("message").asString()).contains("COMPLETED");
    }

    @Test
    void aLateReceiptReportIsValidatedLikeAnyUploadAndARefusalChangesNothing() throws Exception {
        SampleSpec spec = SampleSpec.of(31, 24, Layout.STANDARD);
        SampleSet set = Samples.of(spec);
        SampleSet otherMonth = Samples.of(SampleSpec.of(21, 24, Layout.ALT));
        ApiClient alice = new ApiClient(port, "alice");
        String id = alice.completedSession("Bad late receipts", set.car(), set.receipts());
        java.nio.file.Path empty = java.nio.file.Files.createTempFile("empty", ".pdf");
        try {
            Map<java.nio.file.Path, String> refusals = Map.of(
                    set.car(), "WRONG_REPORT_KIND",
                    otherMonth.receipts(), "PERIOD_MISMATCH",
                    empty, "NOT_A_PDF");
            for (Map.Entry<java.nio.file.Path, String> refusal : refusals.entrySet()) {
                ApiClient.Response response = alice.uploadReceipts(id, refusal.getKey(), false);
                assertThat(response.status()).as(refusal.getValue()).isEqualTo(400);
                assertThat(response.code()).isEqualTo(refusal.getValue());
                assertThat(response.body().path("details").path("file").asString()).isEqualTo("receipts");
                assertThat(response.body().path("message").asString()).isNotBlank();
            }
        } finally {
            java.nio.file.Files.deleteIfExists(empty);
        }
        JsonNode session = alice.get("/api/sessions/" + id).body();
        assertThat(session.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(session.path("receiptVersion").asInt()).isEqualTo(1);
        assertThat(session.path("lastReceiptUpload").isNull()).isTrue();
        assertThat(alice.get("/api/sessions/" + id + "/comparison").status()).isEqualTo(404);
    }

    private static JsonNode employees(ApiClient client, String id) {
        ApiClient.Response response = client.get("/api/sessions/" + id + "/employees");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static void assertAmount(JsonNode actual, BigDecimal expected) {
        assertThat(actual.asString()).matches("-?\\d+\\.\\d{2}");
        assertThat(new BigDecimal(actual.asString())).isEqualByComparingTo(expected);
    }
}
