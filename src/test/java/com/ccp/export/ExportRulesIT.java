package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.storage.FileStore;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The rules of api.md "Export" over real HTTP on the real database: delta, all, duplicates, void, reads, failure. */
@IntegrationTest
class ExportRulesIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void forgetEarlierRuns(@Autowired JdbcClient jdbc) {
        EarlierRuns.forgetExports(jdbc);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore fileStore;

    @Test
    void aSecondDeltaWithNothingNewIsRefusedAndWritesNothing() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Delta twice", Samples.of(SampleSpec.standard(51, 12)));
        assertThat(sessions.export(id, "DELTA").status()).isEqualTo(201);
        int activity = activityRows(id);

        ApiClient.Response again = sessions.export(id, "DELTA");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("CONFLICT");
        assertThat(again.body().path("details").path("willExport").asInt()).isZero();
        assertThat(alice.get("/api/sessions/" + id + "/exports").body().size()).isEqualTo(1);
        assertThat(filesOf(id)).hasSize(3);
        assertThat(activityRows(id)).as("the refusal is audited").isEqualTo(activity + 1);
    }

    @Test
    void allResendsEveryReadyEmployeeButMarksNoRevisionTwiceAndDeltaReportsListOnlyNewIssues() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("All after delta", Samples.of(SampleSpec.standard(52, 12)));
        int ready = sessions.ready(id).size();
        JsonNode first = sessions.export(id, "DELTA").body();
        assertThat(first.path("exceptions").asInt()).isEqualTo(sessions.openIssues(id).size());

        String late = sessions.notReady(id).getFirst().path("employeeId").asString();
        sessions.resolveAll(id, late);
        JsonNode preview = sessions.preview(id, "DELTA");
        assertThat(preview.path("newEmployees").asInt()).isEqualTo(1);
        assertThat(preview.path("alreadyExported").asInt()).isEqualTo(ready);
        assertThat(preview.path("willExport").asInt()).isEqualTo(1);
        assertThat(sessions.preview(id, "ALL").path("willExport").asInt()).isEqualTo(ready + 1);

        JsonNode second = sessions.export(id, "DELTA").body();
        assertThat(second.path("employees").asInt()).isEqualTo(1);
        assertThat(second.path("markedRevisions").asInt()).isEqualTo(1);
        assertThat(second.path("exceptions").asInt()).as("every open issue was listed by the first batch").isZero();
        PvaultZip secondZip = new PvaultZip(alice.download(second.path("files").path("pvault").asString()).body());
        assertThat(secondZip.documents()).singleElement().asString().startsWith(late + "_");

        ApiClient.Response all = sessions.export(id, "ALL");
        assertThat(all.status()).isEqualTo(201);
        assertThat(all.body().path("employees").asInt()).isEqualTo(ready + 1);
        assertThat(all.body().path("markedRevisions").asInt()).isZero();
        assertThat(all.body().path("exceptions").asInt()).isEqualTo(sessions.openIssues(id).size());
        assertThat(new PvaultZip(alice.download(all.body().path("files").path("pvault").asString()).body())
                .documents()).hasSize(ready + 1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM export_batch_employee be JOIN employee e ON e.id = be.employee_ref
                WHERE e.session_id = ? AND be.marked""").param(id).query(Integer.class).single())
                .isEqualTo(ready + 1);

        List<String> history = alice.get("/api/sessions/" + id + "/exports").body().valueStream()
                .map(b -> b.path("mode").asString() + ":" + b.path("employees").asInt()).toList();
        assertThat(history).containsExactly("ALL:" + (ready + 1), "DELTA:1", "DELTA:" + ready);
    }

    @Test
    void transactionsExportedFromAnotherSessionNeedAnExplicitExportAnyway() throws Exception {
        SampleSet set = Samples.of(SampleSpec.standard(53, 12));
        ApiClient alice = new ApiClient(port, "alice");
        Sessions sessions = new Sessions(alice);
        String first = sessions.processed("Original", set);
        JsonNode exported = sessions.export(first, "DELTA").body();
        String second = sessions.processed("Same CAR again", set);
        int transactions = exported.path("transactions").asInt();

        JsonNode preview = sessions.preview(second, "DELTA");
        assertThat(preview.path("duplicates").size()).isEqualTo(transactions);
        assertThat(preview.path("duplicates").get(0).path("otherSessionName").asString()).isEqualTo("Original");

        ApiClient.Response refused = sessions.export(second, "DELTA");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("DUPLICATE_EXPORT");
        assertThat(refused.body().path("details").path("transactions").size()).isEqualTo(transactions);
        assertThat(refused.body().path("details").path("transactions").get(0).path("reference").asString())
                .isNotBlank();
        assertThat(alice.get("/api/sessions/" + second + "/exports").body().size()).isZero();

        ApiClient.Response anyway = alice.postJson("/api/sessions/" + second + "/exports",
                ApiClient.json("mode", "DELTA", "allowDuplicates", true));
        assertThat(anyway.status()).isEqualTo(201);
        assertThat(anyway.body().path("transactions").asInt()).isEqualTo(transactions);
    }

    @Test
    void onlyAnAdminVoidsABatchAndItsEmployeesBecomeExportableAgain() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        ApiClient admin = new ApiClient(port, "admin");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Void me", Samples.of(SampleSpec.standard(54, 12)));
        int ready = sessions.ready(id).size();
        JsonNode batch = sessions.export(id, "DELTA").body();
        String voidPath = "/api/exports/" + batch.path("batchId").asString() + "/void";

        ApiClient.Response byUser = alice.postJson(voidPath, ApiClient.json("reason", "pVault rejected it"));
        assertThat(byUser.status()).isEqualTo(403);
        assertThat(byUser.code()).isEqualTo("FORBIDDEN");
        assertThat(admin.postJson(voidPath, ApiClient.json("reason", "  ")).code()).isEqualTo("BAD_INPUT");
        assertThat(sessions.preview(id, "DELTA").path("willExport").asInt()).isZero();

        ApiClient.Response voided = admin.postJson(voidPath, ApiClient.json("reason", "pVault rejected the index"));
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.body().path("status").asString()).isEqualTo("VOIDED");
        assertThat(voided.body().path("voidedBy").asString()).isEqualTo("admin");
        assertThat(voided.body().path("voidReason").asString()).isEqualTo("pVault rejected the index");
        assertThat(admin.postJson(voidPath, ApiClient.json("reason", "again")).code()).isEqualTo("CONFLICT");
        assertThat(sessions.employees(id)).allSatisfy(e -> assertThat(e.path("exported").asBoolean()).isFalse());
        JsonNode preview = sessions.preview(id, "DELTA");
        assertThat(preview.path("newEmployees").asInt()).isEqualTo(ready);
        assertThat(preview.path("willExport").asInt()).isEqualTo(ready);
        assertThat(alice.download(batch.path("files").path("pvault").asString()).status())
                .as("a voided batch stays downloadable").isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE session_id = ? AND action = 'VOID_EXPORT'"
                + " AND outcome = 'OK' AND actor = 'admin'").param(id).query(Integer.class).single()).isEqualTo(1);

        JsonNode again = sessions.export(id, "DELTA").body();
        assertThat(again.path("employees").asInt()).isEqualTo(ready);
        assertThat(again.path("exceptions").asInt()).as("the voided batch's report does not count")
                .isEqualTo(batch.path("exceptions").asInt());
        assertThat(alice.get("/api/sessions/" + id + "/exports").body().valueStream()
                .map(b -> b.path("status").asString()).toList()).containsExactly("DONE", "VOIDED");
    }

    @Test
    void readsNeedOnlyReadAccessAndWorkOnAClosedSession() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        ApiClient bob = new ApiClient(port, "bob");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Reads", Samples.of(SampleSpec.standard(55, 12)));
        List<String> open = sessions.openIssues(id);

        ApiClient.Download csv = alice.download("/api/sessions/" + id + "/exceptions.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(PvaultZip.csv(csv.body()).stream().map(r -> r.get("employee_id") + "|" + r.get("flag") + "|"
                + r.get("detail")).toList()).containsExactlyInAnyOrderElementsOf(open);
        ApiClient.Download pdf = alice.download("/api/sessions/" + id + "/exceptions.pdf");
        assertThat(pdf.headers().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(PvaultZip.text(pdf.body())).contains("Open exceptions now");
        assertThat(alice.get("/api/sessions/" + id + "/exports").body().size()).as("no batch was made").isZero();

        JsonNode batch = sessions.export(id, "DELTA").body();
        String zip = batch.path("files").path("pvault").asString();
        assertThat(bob.get("/api/sessions/" + id + "/export-preview").status()).isEqualTo(404);
        assertThat(bob.get("/api/sessions/" + id + "/exports").status()).isEqualTo(404);
        assertThat(bob.download("/api/sessions/" + id + "/exceptions.csv").status()).isEqualTo(404);
        assertThat(bob.download(zip).status()).isEqualTo(404);
        assertThat(sessions(bob).export(id, "ALL").status()).isEqualTo(404);
        assertThat(new ApiClient(port, "admin").download(zip).status()).isEqualTo(200);

        jdbc.sql("UPDATE processing_session SET status = 'CLOSED' WHERE id = ?").param(id).update();
        ApiClient.Response refused = sessions.export(id, "ALL");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("INVALID_STATE");
        assertThat(refused.body().path("message").asString()).contains("CLOSED");
        for (String file : List.of("pvault", "exceptionsCsv", "exceptionsPdf")) {
            assertThat(alice.download(batch.path("files").path(file).asString()).status()).isEqualTo(200);
        }
        assertThat(alice.download("/api/sessions/" + id + "/exceptions.pdf").status()).isEqualTo(200);
    }

    @Test
    void aFailedExportLeavesNoBatchNoMarkAndNoFile() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Doomed", Samples.of(SampleSpec.standard(56, 12)));
        String receipts = jdbc.sql("SELECT sha256 FROM session_file WHERE session_id = ? AND kind = 'RECEIPTS'")
                .param(id).query(String.class).single();
        Path stored = fileStore.path(receipts);
        Path aside = stored.resolveSibling("aside.pdf");
        Files.move(stored, aside);
        try {
            ApiClient.Response failed = sessions.export(id, "DELTA");
            assertThat(failed.status()).isEqualTo(500);
        } finally {
            Files.move(aside, stored);
        }
        assertThat(alice.get("/api/sessions/" + id + "/exports").body().size()).isZero();
        assertThat(sessions.employees(id)).allSatisfy(e -> assertThat(e.path("exported").asBoolean()).isFalse());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employee_revision r JOIN employee e ON e.id = r.employee_ref"
                + " WHERE e.session_id = ? AND r.export_batch_id IS NOT NULL").param(id).query(Integer.class).single())
                .isZero();
        assertThat(filesOf(id)).isEmpty();
        try (Stream<Path> staged = Files.list(Path.of("target/it-data/exports/.staging"))) {
            assertThat(staged).isEmpty();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE session_id = ? AND action = 'EXPORT'"
                + " AND outcome = 'FAILED'").param(id).query(Integer.class).single()).isEqualTo(1);

        assertThat(sessions.export(id, "DELTA").status()).as("it works once the file is back").isEqualTo(201);
    }

    @Test
    void anOwnerCannotDeleteAnExportedSessionButAnAdminCanAndItsFilesGo() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Exported then deleted", Samples.of(SampleSpec.standard(57, 12)));
        assertThat(sessions.export(id, "DELTA").status()).isEqualTo(201);
        assertThat(filesOf(id)).hasSize(3);

        ApiClient.Response byOwner = alice.delete("/api/sessions/" + id);
        assertThat(byOwner.status()).isEqualTo(409);
        assertThat(byOwner.body().path("message").asString()).contains("export batch");

        assertThat(new ApiClient(port, "admin").delete("/api/sessions/" + id).status()).isEqualTo(200);
        assertThat(alice.get("/api/sessions/" + id).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM export_batch WHERE session_id = ?").param(id).query(Integer.class)
                .single()).isZero();
        assertThat(filesOf(id)).isEmpty();
    }

    private Sessions sessions(ApiClient client) {
        return new Sessions(client);
    }

    private int activityRows(String sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE session_id = ?").param(sessionId)
                .query(Integer.class).single();
    }

    private static List<Path> filesOf(String sessionId) throws Exception {
        Path dir = Path.of("target/it-data/exports", sessionId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
