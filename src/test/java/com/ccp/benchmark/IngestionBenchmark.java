package com.ccp.benchmark;

import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSets;
import com.ccp.sample.SampleSpec;
import com.ccp.sample.SampleWording;
import com.ccp.testing.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints, from one run: full-ingestion pages per second (upload request until the API shows
 * COMPLETED, warmed-up app), bare single-threaded PDFBox extraction of the same files, their ratio,
 * and the peak heap. Both sides are measured alike: warmed up, then the best of 3 runs (every full
 * run and their median are printed too). Run by bench/ingestion.sh with -Xmx512m.
 */
public final class IngestionBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WARM_UP_RUNS = 5;
    private static final int MEASURED_RUNS = 3;
    /**
     * How often the client asks for the session's status: every request costs the server a few
     * milliseconds of CPU, which reading would miss, so rarely while pages are read and often once
     * the API reports the last phase (parsing, matching, saving), so the end is seen within ~10 ms.
     */
    private static final long POLL_WHILE_READING_MILLIS = 100;
    private static final long POLL_AT_THE_END_MILLIS = 10;

    private IngestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path root = Path.of("target", "bench");
        try (BenchmarkApp app = BenchmarkApp.start(root)) {
            List<SampleWording> wordings = args.length > 1
                    ? Arrays.stream(args, 1, args.length).map(w -> SampleWording.valueOf(w.toUpperCase(Locale.ROOT))).toList()
                    : List.of(SampleWording.STANDARD, SampleWording.HARBOR);
            for (SampleWording wording : wordings) {
                measure(app, root, wording, employees);
            }
        }
    }

    /** One wording: the built-in profile, or a profile an admin stored first (the reading must be as fast). */
    private static void measure(BenchmarkApp app, Path root, SampleWording wording, int employees) throws Exception {
        long started = System.nanoTime();
        SampleSet set = SampleSets.generate(SampleSpec.standard(500, employees).in(wording),
                root.resolve("set-" + employees + "-" + wording.name().toLowerCase(Locale.ROOT)));
        int pages = set.expected().carPageCount() + set.expected().receiptPageCount();
        System.out.printf("%n== %s wording (%s profiles) ==%n", wording,
                wording == SampleWording.STANDARD ? "built-in" : "admin-stored");
        System.out.printf("Generated %d employees, %d CAR + %d receipt pages in %.1f s%n", employees,
                set.expected().carPageCount(), set.expected().receiptPageCount(), seconds(started));
        if (wording != SampleWording.STANDARD) {
            ApiClient admin = new ApiClient(app.port(), "admin");
            for (String document : List.of(wording.carProfile(), wording.receiptProfile())) {
                String id = JSON.readTree(document).path("id").asString();
                ApiClient.Response stored = admin.putJson("/api/admin/profiles/" + id, document);
                if (stored.status() != 200) {
                    throw new IllegalStateException("profile refused: " + stored.body());
                }
            }
        }
        double bare = bareExtractionSeconds(set);
        HeapWatch heap = new HeapWatch();
        ApiClient client = new ApiClient(app.port(), "alice");
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            ingest(client, set);
        }
        System.gc();
        heap.start();
        double[] runs = new double[MEASURED_RUNS];
        for (int run = 0; run < MEASURED_RUNS; run++) {
            runs[run] = ingest(client, set);
        }
        heap.stop();
        Arrays.sort(runs);
        double full = runs[0];
        System.out.printf("Full ingestion:          %6.2f s  = %7.1f pages/s (%d pages, parse + validate + persist, best of %d;"
                + " median %.2f s)%n", full, pages / full, pages, MEASURED_RUNS, runs[MEASURED_RUNS / 2]);
        System.out.printf("Bare PDFBox extraction:  %6.2f s  = %7.1f pages/s (single thread, sortByPosition, best of 3)%n",
                bare, pages / bare);
        System.out.printf("Ratio full / bare:       %6.2f   (target <= 1.0; medians: %.2f)%n", full / bare,
                runs[MEASURED_RUNS / 2] / bare);
        System.out.printf("Peak heap while ingesting: %d MB of max %d MB%n", heap.peak() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static double ingest(ApiClient client, SampleSet set) throws InterruptedException {
        long start = System.nanoTime();
        ApiClient.Response created = client.createSession("Benchmark", set.car(), set.receipts());
        if (created.status() != 202) {
            throw new IllegalStateException("upload refused: " + created.body());
        }
        JsonNode done = awaitProcessed(client, created.body().path("id").asString());
        double elapsed = seconds(start);
        if (!done.path("status").asString().equals("COMPLETED")) {
            throw new IllegalStateException("ingestion ended " + done);
        }
        System.out.printf("  ingestion run: %.2f s, %d employees%n", elapsed, done.path("totals").path("employees").asInt());
        return elapsed;
    }

    private static JsonNode awaitProcessed(ApiClient client, String sessionId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode session = client.get("/api/sessions/" + sessionId).body();
            if (!session.path("status").asString().equals("PROCESSING")) {
                return session;
            }
            boolean lastPhase = session.path("progress").path("phase").asString().equals("ANALYZING");
            Thread.sleep(lastPhase ? POLL_AT_THE_END_MILLIS : POLL_WHILE_READING_MILLIS);
        }
        throw new IllegalStateException("session " + sessionId + " still PROCESSING after 10 minutes");
    }

    /** The plainest extraction there is: one stripper, one getText per file, one thread. */
    private static double bareExtractionSeconds(SampleSet set) throws Exception {
        extract(set);
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            extract(set);
            best = Math.min(best, seconds(start));
        }
        return best;
    }

    private static void extract(SampleSet set) throws Exception {
        for (Path file : new Path[] {set.car(), set.receipts()}) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                if (stripper.getText(document).isEmpty()) {
                    throw new IllegalStateException("no text in " + file);
                }
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
