package com.ccp.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.ChildApp;
import com.ccp.testing.Samples;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The app killed as hard as the OOM killer would (SIGKILL, no shutdown hook) in the middle of reading
 * a session: a new app on the same data directory comes up — its embedded MariaDB is not blocked by
 * the dead one's — and the interrupted session is read again to the end.
 */
class HardCrashIT {

    @Test
    void anAppKilledHardWhileReadingComesBackOnTheSameDataAndFinishesTheSession() throws Exception {
        Path dataDir = Path.of("target", "hard-crash-data").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dataDir);
        SampleSet set = Samples.of(SampleSpec.standard(4711, 240));
        String sessionId;
        long databasePid;
        try (ChildApp first = ChildApp.start(dataDir, "first")) {
            ApiClient alice = new ApiClient(first.port(), "alice");
            ApiClient.Response created = alice.createSession("Read while killed", set.car(), set.receipts());
            assertThat(created.status()).isEqualTo(202);
            sessionId = created.body().path("id").asString();
            awaitReading(alice, sessionId);
            databasePid = ProcessHandle.of(first.pid()).orElseThrow().children()
                    .filter(child -> LeftoverServer.servesDataDir(child.pid(), dataDir.resolve("mariadb").resolve("data")))
                    .findFirst().orElseThrow().pid();
            first.killHard();
        }

        try (ChildApp second = ChildApp.start(dataDir, "second")) {
            assertThat(ProcessHandle.of(databasePid).filter(ProcessHandle::isAlive)).as("the dead app's database")
                    .isEmpty();
            ApiClient alice = new ApiClient(second.port(), "alice");
            JsonNode done = alice.awaitStatus(sessionId, Duration.ofSeconds(180), "COMPLETED", "FAILED");
            assertThat(done.path("status").asString()).as(done.path("failureReason").asString()).isEqualTo("COMPLETED");
            assertThat(done.path("totals").path("employees").asInt()).isEqualTo(set.expected().employees().size());
        }
    }

    /** Waits until the session's pages are being read (some done, not all). */
    private static void awaitReading(ApiClient alice, String sessionId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode session = alice.get("/api/sessions/" + sessionId).body();
            JsonNode progress = session.path("progress");
            if (progress.path("phase").asString().equals("EXTRACTING") && progress.path("pagesDone").asInt() > 0) {
                return;
            }
            assertThat(List.of("PENDING", "PROCESSING")).as("status before the kill: %s", session)
                    .contains(session.path("status").asString());
            assertThat(System.nanoTime()).as("reading never started").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
