package com.ccp.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.storage.FileStore;
import com.ccp.storage.SessionFiles;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Stored files are shared by content: deleting a session while another upload of the same files
 * commits must never take the file from under the new session. Raced many times, over real HTTP.
 */
@IntegrationTest
class SharedFileRaceIT {

    private static final int ROUNDS = 20;

    @LocalServerPort
    int port;
    @Autowired
    FileStore fileStore;
    @Autowired
    SessionFiles sessionFiles;

    @Test
    void deletingASessionWhileTheSameFilesAreUploadedAgainNeverLosesAFile() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        SampleSet sample = Samples.of(com.ccp.sample.SampleSpec.standard(6203, 5));
        String previous = alice.completedSession("Race 0", sample.car(), sample.receipts());
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String doomed = previous;
                CountDownLatch go = new CountDownLatch(1);
                String name = "Race " + round;
                Future<ApiClient.Response> upload = racers.submit(() -> {
                    go.await();
                    return alice.createSession(name, sample.car(), sample.receipts());
                });
                Future<ApiClient.Response> delete = racers.submit(() -> {
                    go.await();
                    return alice.delete("/api/sessions/" + doomed);
                });
                go.countDown();
                ApiClient.Response created = upload.get();
                assertThat(created.status()).as("upload of round %d: %s", round, created.body()).isEqualTo(202);
                assertThat(delete.get().status()).as("delete of round %d", round).isEqualTo(200);

                String id = created.body().path("id").asString();
                JsonNode done = alice.awaitProcessed(id, Duration.ofSeconds(60));
                assertThat(done.path("status").asString()).as("round %d: %s", round, done.path("failureReason"))
                        .isEqualTo("COMPLETED");
                for (String sha : sessionFiles.hashesOf(id)) {
                    assertThat(Files.isRegularFile(fileStore.path(sha))).as("round %d: file %s", round, sha).isTrue();
                }
                previous = id;
            }
        } finally {
            racers.shutdownNow();
        }
        List<Path> kept = sessionFiles.hashesOf(previous).stream().map(fileStore::path).toList();
        assertThat(kept).hasSize(2).allMatch(Files::isRegularFile);
    }
}
