package com.ccp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.base.AppProperties;
import com.ccp.storage.FileStore;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Orphaned files and records found and cleaned over real HTTP, on the real file store and MariaDB. */
@IntegrationTest
class AdminOrphansIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore fileStore;
    @Autowired
    AppProperties properties;

    @Test
    void straysAndRecordsWithoutFileAreListedThenCleanedWhileEverythingElseStays() throws Exception {
        ApiClient admin = new ApiClient(port, "admin");
        ApiClient bob = new ApiClient(port, "bob");
        String sessionId = bob.completedSession("Orphans", Samples.small().car(), Samples.small().receipts());
        String missingSha = randomSha();
        jdbc.sql("""
                INSERT INTO session_file (session_id, kind, version, sha256, size_bytes, page_count, uploaded_by, uploaded_at)
                VALUES (?, 'RECEIPTS', 99, ?, 1, 1, 'bob', ?)""")
                .params(sessionId, missingSha, Timestamp.from(Instant.now())).update();
        String batchId = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO export_batch (id, session_id, mode, status, created_by, created_at, employees, transactions,
                    exceptions, marked_revisions, pvault_file, pvault_sha256, exceptions_csv_file, exceptions_csv_sha256,
                    exceptions_pdf_file, exceptions_pdf_sha256)
                VALUES (?, ?, 'ALL', 'DONE', 'bob', ?, 0, 0, 0, 0, ?, ?, 'gone.csv', ?, 'gone.pdf', ?)""")
                .params(batchId, sessionId, Timestamp.from(Instant.now()), "gone-" + batchId + ".zip", missingSha,
                        missingSha, missingSha).update();
        Path strayUpload = old(write(fileStore.path(randomSha()), "%PDF-1.7 stray"));
        Path strayExport = old(write(properties.exportPath().resolve(UUID.randomUUID().toString()).resolve("stray.zip"),
                "PK stray"));
        Path freshUpload = write(fileStore.path(randomSha()), "%PDF-1.7 just stored, its record not committed yet");
        // a multipart part the servlet container wrote for an upload a crash cut off
        Path leftoverPart = old(write(properties.dataDir().resolve("tmp").resolve("upload_" + UUID.randomUUID() + "_7.tmp"),
                "%PDF-1.7 half an upload"));
        Path partInFlight = write(properties.dataDir().resolve("tmp").resolve("upload_" + UUID.randomUUID() + "_8.tmp"),
                "%PDF-1.7 an upload being received");

        ApiClient.Response refused = bob.get("/api/admin/orphans");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
        assertThat(bob.post("/api/admin/orphans/clean").status()).isEqualTo(403);
        assertThat(strayUpload).exists();

        JsonNode orphans = admin.get("/api/admin/orphans").body();
        assertThat(paths(orphans.path("filesWithoutRecord")))
                .contains(abs(strayUpload), abs(strayExport), abs(leftoverPart))
                .doesNotContain(abs(partInFlight))
                .as("a file younger than the grace period may be an upload whose record is not committed yet")
                .doesNotContain(abs(freshUpload))
                .doesNotContainAnyElementsOf(storedFilesOf(sessionId));
        assertThat(paths(orphans.path("recordsWithoutFile"))).contains(abs(fileStore.path(missingSha)));
        assertThat(orphans.path("recordsWithoutFile").toString()).contains(sessionId);
        JsonNode lostExport = null;
        for (JsonNode record : orphans.path("recordsWithoutFile")) {
            if (batchId.equals(record.path("batchId").asString()) && record.path("file").asString().endsWith(".zip")) {
                lostExport = record;
            }
        }
        assertThat(lostExport).as("an export batch whose file is gone is listed").isNotNull();
        assertThat(lostExport.path("kind").asString()).isEqualTo("EXPORT_FILE");
        assertThat(lostExport.path("cleanable").asBoolean()).isFalse();

        ApiClient.Response cleaned = admin.post("/api/admin/orphans/clean");
        assertThat(cleaned.status()).as(cleaned.body().toString()).isEqualTo(200);
        assertThat(cleaned.body().path("filesDeleted").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(cleaned.body().path("recordsDeleted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(cleaned.body().path("bytesFreed").asLong()).isPositive();
        assertThat(strayUpload).doesNotExist();
        assertThat(strayExport).doesNotExist();
        assertThat(freshUpload).exists();
        assertThat(leftoverPart).doesNotExist();
        assertThat(partInFlight).exists();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM session_file WHERE sha256 = ?").param(missingSha)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM session_file WHERE session_id = ?").param(sessionId)
                .query(Integer.class).single()).as("the session's real files are kept").isEqualTo(2);
        assertThat(storedFilesOf(sessionId)).allSatisfy(path -> assertThat(Path.of(path)).exists());
        assertThat(cleaned.body().path("recordsKept").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM export_batch WHERE id = ?").param(batchId).query(Integer.class)
                .single()).as("an export batch is the audit of what was sent: kept").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE action = 'CLEAN_ORPHANS' AND actor = 'admin'")
                .query(Integer.class).single()).isPositive();

        JsonNode after = admin.get("/api/admin/orphans").body();
        assertThat(paths(after.path("filesWithoutRecord"))).doesNotContain(abs(strayUpload), abs(strayExport));
        assertThat(paths(after.path("recordsWithoutFile"))).doesNotContain(abs(fileStore.path(missingSha)));
        Files.deleteIfExists(freshUpload);
        Files.deleteIfExists(partInFlight);
        jdbc.sql("DELETE FROM export_batch WHERE id = ?").param(batchId).update();
    }

    private List<String> storedFilesOf(String sessionId) {
        return jdbc.sql("SELECT sha256 FROM session_file WHERE session_id = ?").param(sessionId).query(String.class)
                .list().stream().map(sha -> abs(fileStore.path(sha))).toList();
    }

    private static List<String> paths(JsonNode items) {
        List<String> paths = new ArrayList<>();
        items.forEach(item -> paths.add(item.path("path").asString()));
        return paths;
    }

    private static String abs(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static Path write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static Path old(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        return file;
    }

    private static String randomSha() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
