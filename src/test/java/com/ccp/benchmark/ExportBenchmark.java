package com.ccp.benchmark;

import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSets;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Prints, from one run, the time and the peak heap of one ALL-mode export of a session of
 * {@code employees} employees, every one of them ready: the request until the 201 answer, i.e.
 * selection, every employee PDF cut into the ZIP, index.csv, manifest, exceptions CSV and PDF, and
 * the commit. Run by bench/export.sh with -Xmx512m after a small warm-up export.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path root = Path.of("target", "bench");
        long started = System.nanoTime();
        SampleSet set = SampleSets.generate(SampleSpec.standard(500, employees), root.resolve("set-" + employees));
        SampleSet warmUp = SampleSets.generate(SampleSpec.standard(501, 20), root.resolve("set-warm-up"));
        System.out.printf("Generated %d employees, %d CAR + %d receipt pages in %.1f s%n", employees,
                set.expected().carPageCount(), set.expected().receiptPageCount(), seconds(started));

        try (BenchmarkApp app = BenchmarkApp.start(root)) {
            ApiClient client = new ApiClient(app.port(), "alice");
            JdbcClient jdbc = app.bean(JdbcClient.class);
            export(client, readySession(client, jdbc, warmUp));
            String session = readySession(client, jdbc, set);
            System.gc();
            HeapWatch heap = new HeapWatch();
            heap.start();
            long start = System.nanoTime();
            JsonNode batch = export(client, session);
            double elapsed = seconds(start);
            heap.stop();
            ApiClient.Download zip = client.download(batch.path("files").path("pvault").asString());
            System.out.println();
            System.out.printf("ALL-mode export of %d employees: %6.2f s  (%d transactions, %d exceptions, %d pages,"
                    + " ZIP %.1f MB)%n", batch.path("employees").asInt(), elapsed, batch.path("transactions").asInt(),
                    batch.path("exceptions").asInt(), set.expected().carPageCount() + set.expected().receiptPageCount(),
                    zip.body().length / 1e6);
            System.out.printf("Peak heap while exporting: %d MB of max %d MB%n", heap.peak() / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    /**
     * A processed session in which every issue is resolved, so every employee goes out. Resolving
     * one by one through the API would take minutes and is not what is measured: it is done in SQL.
     */
    private static String readySession(ApiClient client, JdbcClient jdbc, SampleSet set) throws InterruptedException {
        String id = client.completedSession("Export benchmark", set.car(), set.receipts());
        jdbc.sql("""
                UPDATE issue SET resolved = TRUE, resolution_reason = 'OTHER', note = 'benchmark',
                    resolved_by = 'alice', resolved_at = CURRENT_TIMESTAMP(6)
                WHERE session_id = ? AND NOT resolved""").param(id).update();
        jdbc.sql("UPDATE employee SET open_issues = 0 WHERE session_id = ?").param(id).update();
        return id;
    }

    private static JsonNode export(ApiClient client, String sessionId) {
        long start = System.nanoTime();
        ApiClient.Response created = client.postJson("/api/sessions/" + sessionId + "/exports",
                ApiClient.json("mode", "ALL"));
        if (created.status() != 201) {
            throw new IllegalStateException("export refused: " + created.body());
        }
        System.out.printf("  export run: %.2f s, %d employees%n", seconds(start), created.body().path("employees").asInt());
        return created.body();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
