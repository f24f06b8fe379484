package com.ccp.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.testing.ApiClient;
import com.ccp.testing.HostilePdfs;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Files built to stall PDFBox (a form that draws the next one ten times, many levels deep) are
 * stopped by the reading itself: the upload is refused naming the page, a session fails naming the
 * page, and the PDF threads are free again at once — their CPU time stops growing.
 */
@IntegrationTest
class HostilePdfIT {

    @LocalServerPort
    int port;
    @Autowired
    PdfWorkers workers;

    @TempDir
    Path dir;
    ApiClient alice;
    SampleSet sample;

    @BeforeEach
    void setUp() {
        alice = new ApiClient(port, "alice");
        sample = Samples.small();
    }

    @Test
    void twoBombsUploadedAtOnceAreRefusedAndTheNextValidUploadCompletes() throws Exception {
        Path eightDeep = HostilePdfs.formBomb(dir.resolve("eight-deep.pdf"), 10, 8);
        Path twelveDeep = HostilePdfs.formBomb(dir.resolve("twelve-deep.pdf"), 10, 12);
        long cpuBefore = pdfThreadCpuNanos();

        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<ApiClient.Response> first = clients.submit(() -> alice.createSession("Bomb 1", eightDeep, sample.receipts()));
            Future<ApiClient.Response> second = clients.submit(() -> alice.createSession("Bomb 2", twelveDeep, sample.receipts()));
            for (ApiClient.Response refused : List.of(first.get(), second.get())) {
                assertThat(refused.status()).isEqualTo(400);
                assertThat(refused.code()).isEqualTo("DAMAGED_PDF");
                assertThat(refused.body().path("details").path("file").asString()).isEqualTo("car");
                assertThat(refused.body().path("message").asString())
                        .contains("page 1 cannot be read: it takes more than 1,000,000 drawing operations");
            }
        } finally {
            clients.shutdownNow();
        }

        long cpuAfter = awaitPdfThreadsIdle();
        // each bomb is stopped after its page's operator cap, about a second of a core; unstopped,
        // they would burn both cores until PARSE_TIMEOUT_SECONDS and long after
        assertThat(Duration.ofNanos(cpuAfter - cpuBefore)).isLessThan(Duration.ofSeconds(30));

        String id = alice.completedSession("After the bombs", sample.car(), sample.receipts());
        assertThat(alice.get("/api/sessions/" + id).body().path("totals").path("employees").asInt())
                .isEqualTo(sample.expected().employees().size());
    }

    @Test
    void aBombOnALaterPageOfAValidCarFailsTheSessionNamingThePage() throws Exception {
        Path car = HostilePdfs.withBombOnPage(sample.car(), dir.resolve("car-page-2-bomb.pdf"), 2, 10, 9);

        ApiClient.Response created = alice.createSession("Bomb on page 2", car, sample.receipts());
        assertThat(created.status()).isEqualTo(202);
        JsonNode failed = alice.awaitProcessed(created.body().path("id").asString(), Duration.ofSeconds(60));

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("failureReason").asString()).contains("page 2 of the CAR cannot be read");
        awaitPdfThreadsIdle();
        alice.completedSession("After the failed one", sample.car(), sample.receipts());
    }

    @Test
    void aPageTooCostlyToRenderIsRefusedAsDamagedWhileTheOthersRender() throws Exception {
        Path receipts = HostilePdfs.withOperatorFloodPage(sample.receipts(), dir.resolve("receipts-flood.pdf"), 600_000);
        String id = alice.completedSession("Flood on the last page", sample.car(), receipts);
        int receiptPages;
        try (PDDocument document = Loader.loadPDF(receipts.toFile())) {
            receiptPages = document.getNumberOfPages();
        }

        ApiClient.Response refused = alice.get("/api/sessions/" + id + "/pages/receipts/1/" + receiptPages);
        ApiClient.Download first = alice.download("/api/sessions/" + id + "/pages/receipts/1/1");

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("DAMAGED_PDF");
        assertThat(refused.body().path("message").asString()).contains("page " + receiptPages + " cannot be read");
        assertThat(first.status()).isEqualTo(200);
    }

    /**
     * Waits until no PDF thread runs a task and their CPU time no longer grows; returns that CPU time.
     * A bomb that kept its thread would never get here.
     */
    private long awaitPdfThreadsIdle() throws InterruptedException {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) workers.pool();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long previous = pdfThreadCpuNanos();
        while (true) {
            Thread.sleep(300);
            long now = pdfThreadCpuNanos();
            if (pool.getActiveCount() == 0 && now - previous < Duration.ofMillis(20).toNanos()) {
                return now;
            }
            assertThat(System.nanoTime()).as("PDF threads still busy: %d active, %d ms of CPU in 300 ms",
                    pool.getActiveCount(), (now - previous) / 1_000_000).isLessThan(deadline);
            previous = now;
        }
    }

    private static long pdfThreadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(info -> info != null && info.getThreadName().startsWith("pdf-"))
                .mapToLong(ThreadInfo::getThreadId)
                .map(threads::getThreadCpuTime)
                .filter(cpu -> cpu > 0)
                .sum();
    }
}
