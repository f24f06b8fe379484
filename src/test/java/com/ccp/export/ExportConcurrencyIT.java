package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Parallel exports of one session on the real MariaDB: every revision is marked exactly once. */
@IntegrationTest
class ExportConcurrencyIT {

    private static final int EXPORTS = 6;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void forgetEarlierRuns(@Autowired JdbcClient jdbc) {
        EarlierRuns.forgetExports(jdbc);
    }

    @Test
    void parallelExportsOfOneSessionMarkEachRevisionExactlyOnce() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        ApiClient admin = new ApiClient(port, "admin");
        Sessions sessions = new Sessions(alice);
        String id = sessions.processed("Two tabs", Samples.of(SampleSpec.standard(61, 16)));
        int ready = sessions.ready(id).size();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> calls = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(EXPORTS)) {
            for (int i = 0; i < EXPORTS; i++) {
                Sessions caller = new Sessions(i % 2 == 0 ? alice : admin);
                String mode = i % 3 == 2 ? "ALL" : "DELTA";
                calls.add(pool.submit(() -> {
                    start.await();
                    return caller.export(id, mode);
                }));
            }
            start.countDown();
        }
        List<ApiClient.Response> responses = new ArrayList<>();
        for (Future<ApiClient.Response> call : calls) {
            responses.add(call.get());
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body().toString()).isIn(201, 409));
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("CONFLICT"));
        int marked = responses.stream().filter(r -> r.status() == 201)
                .mapToInt(r -> r.body().path("markedRevisions").asInt()).sum();
        assertThat(marked).as("revisions marked over all batches").isEqualTo(ready);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM export_batch_employee be JOIN employee e ON e.id = be.employee_ref
                WHERE e.session_id = ? AND be.marked GROUP BY be.employee_ref HAVING COUNT(*) > 1""")
                .param(id).query(Integer.class).list()).as("employees marked by more than one batch").isEmpty();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM employee_revision r JOIN employee e ON e.id = r.employee_ref
                JOIN export_batch_employee be ON be.batch_id = r.export_batch_id AND be.employee_ref = r.employee_ref
                WHERE e.session_id = ? AND be.marked""").param(id).query(Integer.class).single())
                .as("every mark points at the batch that sent and marked it").isEqualTo(ready);
        assertThat(responses.stream().filter(r -> r.status() == 201 && r.body().path("mode").asString().equals("DELTA")))
                .as("one DELTA batch at most: the others find nothing new").hasSizeLessThanOrEqualTo(1);
    }
}
