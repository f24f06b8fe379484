package com.ccp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.storage.FileStore;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bulk cleanup over real HTTP on real MariaDB: the preview deletes nothing, a wrong count is refused,
 * and the confirmed delete removes rows and files and leaves deletion audit rows. The sessions get an
 * owner of their own, so sessions of other tests in the shared database never match.
 */
@IntegrationTest
class AdminCleanupIT {

    /** A set no other test uploads, so its stored files belong to this test's sessions only. */
    private static final SampleSpec OWN = SampleSpec.standard(7301, 4);
    private static final String BULK = "/api/admin/sessions/bulk-delete";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore fileStore;

    @Test
    void previewThenTypedCountDeletesRecordsFilesAndLeavesAuditRows() throws Exception {
        String owner = "cleanup-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient bob = new ApiClient(port, "bob");
        ApiClient admin = new ApiClient(port, "admin");
        SampleSet set = Samples.of(OWN);
        String oldClosed = bob.completedSession("Old closed", set.car(), set.receipts());
        String oldFailed = bob.completedSession("Old failed", set.car(), set.receipts());
        String recentClosed = bob.completedSession("Recent closed", Samples.small().car(), Samples.small().receipts());
        List<String> ownHashes = hashesOf(oldClosed);
        assertThat(ownHashes).hasSize(2).allSatisfy(sha -> assertThat(fileStore.path(sha)).exists());
        giveTo(owner, oldClosed, oldFailed, recentClosed);
        closedDaysAgo(oldClosed, 40);
        closedDaysAgo(recentClosed, 2);
        failedDaysAgo(oldFailed, 40);
        Map<String, Object> criteria = Map.of("closedOlderThanDays", 30, "failedOlderThanDays", 30, "owner", owner);

        ApiClient.Response refused = bob.postJson(BULK, with(criteria, "dryRun", true));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");

        ApiClient.Response preview = admin.postJson(BULK, with(criteria, "dryRun", true));
        assertThat(preview.status()).as(preview.body().toString()).isEqualTo(200);
        assertThat(preview.body().path("matched").asInt()).isEqualTo(2);
        assertThat(preview.body().path("deleted").asInt()).isZero();
        assertThat(ids(preview.body().path("sessions"))).containsExactlyInAnyOrder(oldClosed, oldFailed);
        assertThat(preview.body().path("matches").toString()).contains("Old closed", "Old failed", owner)
                .doesNotContain("Recent closed");
        assertThat(sessionRows(oldClosed, oldFailed, recentClosed)).as("a preview deletes nothing").isEqualTo(3);

        ApiClient.Response wrongCount = admin.postJson(BULK, with(criteria, "confirm", "DELETE 3"));
        assertThat(wrongCount.status()).isEqualTo(400);
        assertThat(wrongCount.code()).isEqualTo("BAD_INPUT");
        assertThat(wrongCount.body().path("message").asString()).contains("DELETE 2");
        assertThat(wrongCount.body().path("details").path("matched").asInt()).isEqualTo(2);
        ApiClient.Response noConfirmation = admin.postJson(BULK, criteria);
        assertThat(noConfirmation.status()).isEqualTo(400);
        assertThat(sessionRows(oldClosed, oldFailed, recentClosed)).as("a refused delete deletes nothing").isEqualTo(3);

        ApiClient.Response deleted = admin.postJson(BULK, with(criteria, "confirm", "DELETE 2"));
        assertThat(deleted.status()).as(deleted.body().toString()).isEqualTo(200);
        assertThat(deleted.body().path("matched").asInt()).isEqualTo(2);
        assertThat(deleted.body().path("deleted").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/sessions/" + oldClosed).status()).isEqualTo(404);
        assertThat(admin.get("/api/sessions/" + oldFailed).status()).isEqualTo(404);
        assertThat(admin.get("/api/sessions/" + recentClosed).status()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM employee WHERE session_id IN (?, ?)", oldClosed, oldFailed)).isZero();
        assertThat(count("SELECT COUNT(*) FROM session_file WHERE session_id IN (?, ?)", oldClosed, oldFailed)).isZero();
        assertThat(ownHashes).as("stored files no session uses any more are deleted after the commit")
                .allSatisfy(sha -> assertThat(fileStore.path(sha)).doesNotExist());
        assertThat(hashesOf(recentClosed)).allSatisfy(sha -> assertThat(fileStore.path(sha)).exists());

        List<Map<String, Object>> audit = jdbc.sql("""
                SELECT session_id, name, owner, status, deleted_by, employees, criteria FROM session_deletion
                WHERE session_id IN (?, ?) ORDER BY name""").params(oldClosed, oldFailed).query().listOfRows();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).containsEntry("session_id", oldClosed).containsEntry("status", "CLOSED")
                .containsEntry("owner", owner).containsEntry("deleted_by", "admin").containsEntry("name", "Old closed");
        assertThat(((Number) audit.get(0).get("employees")).intValue()).isEqualTo(set.expected().employees().size());
        assertThat(audit.get(1)).containsEntry("session_id", oldFailed).containsEntry("status", "FAILED");
        assertThat((String) audit.get(0).get("criteria")).contains("closed more than 30 days ago").contains(owner);
        assertThat(count("SELECT COUNT(*) FROM activity_log WHERE action = 'BULK_DELETE' AND actor = 'admin' "
                + "AND outcome = 'OK' AND details LIKE ?", "%" + owner + "%")).isEqualTo(1);

        ApiClient.Response again = admin.postJson(BULK, with(criteria, "dryRun", true));
        assertThat(again.body().path("matched").asInt()).isZero();
    }

    @Test
    void criteriaCombineAndNeverMeanEverything() {
        ApiClient admin = new ApiClient(port, "admin");
        ApiClient.Response empty = admin.postJson(BULK, Map.of("dryRun", true));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("BAD_INPUT");
        ApiClient.Response unknown = admin.postJson(BULK, Map.of("status", List.of("GONE"), "dryRun", true));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("details").path("field").asString()).isEqualTo("status");
        ApiClient.Response negative = admin.postJson(BULK, Map.of("closedOlderThanDays", -1, "dryRun", true));
        assertThat(negative.status()).isEqualTo(400);
        ApiClient.Response single = admin.postJson(BULK, Map.of("status", "CLOSED", "owner", "nobody-" + UUID.randomUUID(),
                "dryRun", true));
        assertThat(single.status()).as("one status may be given without a list").isEqualTo(200);
        ApiClient.Response nobody = admin.postJson(BULK, Map.of("status", List.of("COMPLETED"), "owner",
                "nobody-" + UUID.randomUUID(), "dryRun", true));
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(nobody.body().path("matched").asInt()).isZero();
        assertThat(nobody.body().path("confirmation").asString()).isEqualTo("DELETE 0");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>(base);
        map.put(key, value);
        return map;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new java.util.ArrayList<>();
        array.forEach(node -> ids.add(node.asString()));
        return ids;
    }

    private List<String> hashesOf(String sessionId) {
        return jdbc.sql("SELECT DISTINCT sha256 FROM session_file WHERE session_id = ?").param(sessionId)
                .query(String.class).list();
    }

    private void giveTo(String owner, String... ids) {
        for (String id : ids) {
            jdbc.sql("UPDATE processing_session SET owner = ? WHERE id = ?").params(owner, id).update();
        }
    }

    private void closedDaysAgo(String id, int days) {
        Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
        jdbc.sql("""
                UPDATE processing_session SET status = 'CLOSED', closed_by = 'admin', closed_at = ?,
                    closure_reason = 'test', updated_at = ? WHERE id = ?""").params(at, at, id).update();
    }

    private void failedDaysAgo(String id, int days) {
        Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
        jdbc.sql("UPDATE processing_session SET status = 'FAILED', failure_reason = 'test', updated_at = ? WHERE id = ?")
                .params(at, id).update();
    }

    private int sessionRows(String... ids) {
        return count("SELECT COUNT(*) FROM processing_session WHERE id IN (?, ?, ?)", (Object[]) ids);
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
