package com.ccp.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.ingestion.ReadFinished;
import com.ccp.ingestion.ReadStopped;
import com.ccp.sample.LateReceiptSet;
import com.ccp.sample.Layout;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.ReadGate;
import com.ccp.testing.Samples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Pause, resume, cancel, close, close-all and delete over real HTTP, and concurrent apply/close on real MariaDB. */
@IntegrationTest
class LifecycleIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final SampleSpec MONTH = SampleSpec.of(31, 24, Layout.STANDARD);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReadGate gate;

    @Test
    void pauseStopsReadingAndResumeReadsAgainToTheEnd() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        SampleSet set = Samples.of(MONTH);
        String id;
        try (ReadGate.Hold hold = gate.hold()) {
            id = alice.createSession("Lifecycle pause", set.car(), set.receipts()).body().path("id").asString();
            hold.awaitHeld(id, WAIT);
            assertThat(alice.postJson("/api/sessions/" + id + "/pause", Map.of()).status()).isEqualTo(200);
        }
        gate.awaitEnding(id, ReadStopped.class, WAIT);
        assertThat(alice.get("/api/sessions/" + id).body().path("status").asString()).isEqualTo("PAUSED");
        assertThat(employeeRows(id)).as("nothing is persisted while paused").isZero();
        assertThat(alice.postJson("/api/sessions/" + id + "/pause", Map.of()).code()).isEqualTo("INVALID_STATE");

        ApiClient.Response resumed = alice.postJson("/api/sessions/" + id + "/resume", Map.of());
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.body().path("status").asString()).isIn("PROCESSING", "COMPLETED");
        JsonNode done = alice.awaitStatus(id, WAIT, "COMPLETED", "FAILED");
        assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("totals").path("employees").asInt()).isEqualTo(set.expected().employees().size());
    }

    @Test
    void cancelKeepsNoDataAndCannotBeUndone() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        SampleSet set = Samples.of(MONTH);
        String id;
        try (ReadGate.Hold hold = gate.hold()) {
            id = alice.createSession("Lifecycle cancel", set.car(), set.receipts()).body().path("id").asString();
            hold.awaitHeld(id, WAIT);
            assertThat(alice.postJson("/api/sessions/" + id + "/cancel", Map.of()).status()).isEqualTo(200);
        }
        gate.awaitEnding(id, ReadStopped.class, WAIT);
        assertThat(alice.get("/api/sessions/" + id).body().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(employeeRows(id)).isZero();
        ApiClient.Response resume = alice.postJson("/api/sessions/" + id + "/resume", Map.of());
        assertThat(resume.status()).isEqualTo(409);
        assertThat(resume.body().path("message").asString()).contains("CANCELLED");
        assertThat(alice.delete("/api/sessions/" + id).status()).isEqualTo(200);
        assertThat(alice.get("/api/sessions/" + id).status()).isEqualTo(404);
    }

    @Test
    void cancellingALateReceiptReadDiscardsItAndKeepsTheSession() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        SampleSet set = Samples.of(MONTH);
        String id = alice.completedSession("Cancel late receipts", set.car(), set.receipts());
        JsonNode before = alice.get("/api/sessions/" + id + "/employees").body();
        try (ReadGate.Hold hold = gate.hold()) {
            assertThat(alice.uploadReceipts(id, set.receipts(), false).status()).isEqualTo(202);
            hold.awaitHeld(id, WAIT);
            ApiClient.Response cancel = alice.postJson("/api/sessions/" + id + "/cancel", Map.of());
            assertThat(cancel.status()).isEqualTo(200);
            assertThat(cancel.body().path("status").asString()).isEqualTo("COMPLETED");
        }
        gate.awaitEnding(id, ReadStopped.class, WAIT);
        JsonNode session = alice.get("/api/sessions/" + id).body();
        assertThat(session.path("status").asString()).isEqualTo("COMPLETED");
        int version = session.path("receiptVersion").asInt();
        assertThat(alice.get("/api/sessions/" + id + "/employees").body()).isEqualTo(before);
        assertThat(alice.uploadReceipts(id, set.receipts(), false).body().path("receiptVersion").asInt())
                .as("a receipt version is never reused").isEqualTo(version + 1);
        alice.awaitStatus(id, WAIT, "COMPARING_RECEIPTS");
    }

    @Test
    void aPausedLateReceiptReadResumesAsALateReceiptRead() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        SampleSet set = Samples.of(MONTH);
        String id = alice.completedSession("Pause late receipts", set.car(), set.receipts());
        try (ReadGate.Hold hold = gate.hold()) {
            assertThat(alice.uploadReceipts(id, set.receipts(), false).status()).isEqualTo(202);
            hold.awaitHeld(id, WAIT);
            assertThat(alice.postJson("/api/sessions/" + id + "/pause", Map.of()).status()).isEqualTo(200);
        }
        gate.awaitEnding(id, ReadStopped.class, WAIT);
        assertThat(alice.get("/api/sessions/" + id).body().path("status").asString()).isEqualTo("PAUSED");

        ApiClient.Response resumed = alice.postJson("/api/sessions/" + id + "/resume", Map.of());
        assertThat(resumed.body().path("status").asString()).isIn("RECEIPT_REPROCESSING", "COMPARING_RECEIPTS");
        gate.awaitEnding(id, ReadFinished.class, WAIT);
        assertThat(alice.get("/api/sessions/" + id).body().path("status").asString()).isEqualTo("COMPARING_RECEIPTS");
        JsonNode comparison = alice.get("/api/sessions/" + id + "/comparison").body();
        assertThat(comparison.path("newReceipts").asInt()).isZero();
        assertThat(alice.postJson("/api/sessions/" + id + "/comparison/discard", Map.of()).body().path("status")
                .asString()).isEqualTo("COMPLETED");
    }

    @Test
    void aClosedSessionIsReadOnlyForItsOwner() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        SampleSpec spec = SampleSpec.of(31, 24, Layout.STANDARD);
        String id = alice.completedSession("To close", Samples.of(spec).car(), Samples.of(spec).receipts());
        String path = "/api/sessions/" + id;

        assertThat(alice.postJson(path + "/close", Map.of("reason", "Posted", "confirm", "close please")).code())
                .isEqualTo("BAD_INPUT");
        assertThat(alice.postJson(path + "/close", Map.of("reason", " ", "confirm", "CLOSE")).code())
                .isEqualTo("BAD_INPUT");
        ApiClient.Response closed = alice.postJson(path + "/close", Map.of("reason", "Posted in pVault", "confirm", "CLOSE"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().path("closed").asBoolean()).isTrue();
        assertThat(closed.body().path("closedBy").asString()).isEqualTo("alice");
        assertThat(closed.body().path("closureReason").asString()).isEqualTo("Posted in pVault");
        assertThat(closed.body().path("closedAt").isNull()).isFalse();

        String issueId = alice.get(path + "/employees/" + firstExceptionId(alice, id)).body()
                .path("issues").get(0).path("id").asString();
        List<ApiClient.Response> refused = List.of(
                alice.postJson(path + "/resume", Map.of()),
                alice.uploadReceipts(id, Samples.late(spec).receipts(), false),
                alice.postJson(path + "/issues/" + issueId + "/resolve", Map.of("reason", "OTHER", "note", "x")),
                alice.postJson(path + "/close", Map.of("reason", "again", "confirm", "CLOSE")),
                alice.postJson(path + "/exports", Map.of("mode", "ALL")),
                alice.delete(path));
        for (ApiClient.Response response : refused) {
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.code()).isEqualTo("INVALID_STATE");
            assertThat(response.body().path("message").asString()).contains("CLOSED");
        }
        assertThat(alice.get(path).body().path("status").asString()).isEqualTo("CLOSED");
        assertThat(alice.get(path + "/employees").status()).as("still readable").isEqualTo(200);

        ApiClient admin = new ApiClient(port, "admin");
        assertThat(admin.delete(path).status()).isEqualTo(200);
        assertThat(alice.get(path).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE session_id = ? AND action = 'DELETE' AND actor = 'admin'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void closeAllClosesEveryCloseableSessionOfTheUserOnly() throws Exception {
        ApiClient bob = new ApiClient(port, "bob");
        ApiClient alice = new ApiClient(port, "alice");
        SampleSpec spec = SampleSpec.of(31, 24, Layout.STANDARD);
        String first = bob.completedSession("Bob 1", Samples.of(spec).car(), Samples.of(spec).receipts());
        String second = bob.completedSession("Bob 2", Samples.of(spec).car(), Samples.of(spec).receipts());
        String alices = alice.completedSession("Alice keeps", Samples.of(spec).car(), Samples.of(spec).receipts());
        assertThat(bob.postJson("/api/sessions/close-all", Map.of("reason", "Year end")).code()).isEqualTo("BAD_INPUT");

        ApiClient.Response closed = bob.postJson("/api/sessions/close-all", Map.of("reason", "Year end", "confirm", "CLOSE"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().path("closed").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(bob.get("/api/sessions/" + first).body().path("status").asString()).isEqualTo("CLOSED");
        assertThat(bob.get("/api/sessions/" + second).body().path("closureReason").asString()).isEqualTo("Year end");
        assertThat(alice.get("/api/sessions/" + alices).body().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(bob.postJson("/api/sessions/close-all", Map.of("reason", "again", "confirm", "CLOSE")).body()
                .path("closed").asInt()).isZero();
    }

    @Test
    void anotherUsersSessionCannotBeTouched() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        ApiClient bob = new ApiClient(port, "bob");
        SampleSpec spec = SampleSpec.of(31, 24, Layout.STANDARD);
        String id = alice.completedSession("Alice only", Samples.of(spec).car(), Samples.of(spec).receipts());
        assertThat(bob.delete("/api/sessions/" + id).status()).isEqualTo(404);
        assertThat(bob.postJson("/api/sessions/" + id + "/close", Map.of("reason", "x", "confirm", "CLOSE")).status())
                .isEqualTo(404);
        assertThat(bob.uploadReceipts(id, Samples.of(spec).receipts(), false).status()).isEqualTo(404);
        assertThat(alice.get("/api/sessions/" + id).body().path("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void concurrentAppliesAndClosesHaveOneWinnerAndNothingHalfDone() throws Exception {
        SampleSpec spec = SampleSpec.of(33, 24, Layout.STANDARD);
        LateReceiptSet late = Samples.late(spec);
        ApiClient alice = new ApiClient(port, "alice");
        ApiClient admin = new ApiClient(port, "admin");
        String id = alice.completedSession("Race", Samples.of(spec).car(), Samples.of(spec).receipts());
        alice.uploadReceipts(id, late.receipts(), false);
        alice.awaitStatus(id, WAIT, "COMPARING_RECEIPTS");
        String path = "/api/sessions/" + id;

        List<ApiClient.Response> applies = race(
                () -> alice.postJson(path + "/comparison/apply", Map.of("accept", "ALL")),
                () -> new ApiClient(port, "alice").postJson(path + "/comparison/apply", Map.of("accept", "ALL")));
        assertThat(applies).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
        ApiClient.Response loser = applies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(loser.code()).isIn("CONFLICT", "INVALID_STATE");
        assertThat(loser.body().path("message").asString()).isNotBlank();
        String changed = late.changes().stream().filter(c -> c.category() == LateReceiptSet.Category.AMOUNT_CHANGED)
                .findFirst().orElseThrow().employeeId();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM employee_revision r JOIN employee e ON e.id = r.employee_ref
                WHERE e.session_id = ? AND e.employee_id = ?""").params(id, changed).query(Integer.class).single())
                .as("the accepted change made exactly one new revision").isEqualTo(2);

        List<ApiClient.Response> closes = race(
                () -> alice.postJson(path + "/close", Map.of("reason", "by alice", "confirm", "CLOSE")),
                () -> admin.postJson(path + "/close", Map.of("reason", "by admin", "confirm", "CLOSE")));
        assertThat(closes).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
        JsonNode winner = closes.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().body();
        JsonNode session = alice.get(path).body();
        assertThat(session.path("status").asString()).isEqualTo("CLOSED");
        assertThat(session.path("closedBy").asString()).isEqualTo(winner.path("closedBy").asString());
        assertThat(session.path("closureReason").asString()).isEqualTo(winner.path("closureReason").asString());
    }

    private int employeeRows(String sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM employee WHERE session_id = ?").param(sessionId).query(Integer.class)
                .single();
    }

    private static String firstExceptionId(ApiClient client, String id) {
        return client.get("/api/sessions/" + id + "/employees?status=EXCEPTION").body().get(0).path("employeeId")
                .asString();
    }

    @SafeVarargs
    private static List<ApiClient.Response> race(Supplier<ApiClient.Response>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (Supplier<ApiClient.Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
