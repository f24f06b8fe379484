package com.ccp.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import com.ccp.testing.TestPdfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad upload of product.md and api.md: the exact code and status, a message naming
 * the file, and nothing stored — no row, no file.
 */
@IntegrationTest
class BadInputIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path dir;
    ApiClient alice;
    SampleSet sample;

    @BeforeEach
    void setUp() {
        alice = new ApiClient(port, "alice");
        sample = Samples.small();
    }

    @Test
    void refusesAnEmptyFile() {
        Path empty = TestPdfs.bytes(dir.resolve("empty.pdf"), new byte[0]);
        assertRefused(empty, sample.receipts(), 400, "NOT_A_PDF", "car", "empty.pdf");
    }

    @Test
    void refusesAFileThatIsNotAPdf() {
        Path text = TestPdfs.bytes(dir.resolve("notes.pdf"), "Name,Amount\nSmith,12.00\n".getBytes());
        assertRefused(sample.car(), text, 400, "NOT_A_PDF", "receipts", "notes.pdf");
    }

    @Test
    void refusesADamagedPdf() {
        Path broken = TestPdfs.truncated(sample.car(), dir.resolve("broken.pdf"));
        assertRefused(broken, sample.receipts(), 400, "DAMAGED_PDF", "car", "broken.pdf");
    }

    @Test
    void refusesAPdfThatNeedsAPassword() {
        Path locked = TestPdfs.protect(sample.car(), dir.resolve("locked.pdf"), "open-sesame");
        assertRefused(locked, sample.receipts(), 400, "ENCRYPTED_PDF", "car", "locked.pdf");
    }

    @Test
    void acceptsAPdfThatOnlyRestrictsEditing() throws InterruptedException {
        Path restricted = TestPdfs.protect(sample.car(), dir.resolve("restricted.pdf"), "");
        ApiClient.Response response = alice.createSession("Restricted", restricted, sample.receipts());
        assertThat(response.status()).isEqualTo(202);
        JsonNode done = alice.awaitProcessed(response.body().path("id").asString(), Duration.ofSeconds(60));
        assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("totals").path("employees").asInt()).isEqualTo(sample.expected().employees().size());
    }

    @Test
    void refusesTheWrongKindOfReport() {
        assertRefused(sample.receipts(), sample.receipts(), 400, "WRONG_REPORT_KIND", "car", "receipts.pdf");
        assertRefused(sample.car(), sample.car(), 400, "WRONG_REPORT_KIND", "receipts", "car.pdf");
    }

    @Test
    void refusesAPdfOfImagesOnly() {
        Path scan = TestPdfs.imageOnly(dir.resolve("scan.pdf"), 2);
        assertRefused(scan, sample.receipts(), 400, "WRONG_REPORT_KIND", "car", "scan.pdf");
    }

    @Test
    void refusesAReceiptReportOfAnotherPeriod() {
        Path other = TestPdfs.textPdf(dir.resolve("april.pdf"), List.of("""
                EMPLOYEE RECEIPT REPORT
                Acme Construction, Inc.
                Period: 04/01/2025 - 04/30/2025   Page 1 of 1
                Printed 05/01/2025 10:00   Confidential"""));
        assertRefused(sample.car(), other, 400, "PERIOD_MISMATCH", "receipts", "april.pdf");
    }

    @Test
    void refusesAReceiptReportOfAnotherCompany() {
        Path other = TestPdfs.textPdf(dir.resolve("globex.pdf"), List.of("""
                EMPLOYEE RECEIPT REPORT
                Globex Corporation
                Period: 03/01/2025 - 03/31/2025   Page 1 of 1
                Printed 04/01/2025 10:00   Confidential"""));
        assertRefused(sample.car(), other, 400, "COMPANY_MISMATCH", "receipts", "globex.pdf");
    }

    @Test
    void aCarOfAnotherMonthAndCompanyNamesWhatEachFileIs() {
        SampleSet northwind = Samples.of(com.ccp.sample.SampleSpec.alt(12, 9));
        int sessions = count("processing_session");

        ApiClient.Response response = alice.createSession("Mixed", northwind.car(), sample.receipts());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("PERIOD_MISMATCH");
        assertThat(response.body().path("message").asString()).contains("2025-11", "Northwind Builders LLC",
                "2025-03", "Acme Construction, Inc.", "same month and company");
        assertThat(response.body().path("details").path("file").asString()).isEqualTo("car");
        assertThat(count("processing_session")).isEqualTo(sessions);
    }

    @Test
    void refusesATypedPeriodThatDiffersFromTheCar() {
        int sessions = count("processing_session");
        ApiClient.Response response = alice.postMultipart("2025-04", sample.car(), sample.receipts());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("PERIOD_MISMATCH");
        assertThat(response.body().path("details").path("file").asString()).isEqualTo("car");
        assertThat(count("processing_session")).isEqualTo(sessions);
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        Path big = TestPdfs.padded(dir.resolve("huge.pdf"), 9L * 1024 * 1024);
        assertRefused(sample.car(), big, 413, "TOO_LARGE", "receipts", "huge.pdf");
    }

    @Test
    void refusesAFileWithTooManyPages() {
        Path many = TestPdfs.blankPages(dir.resolve("many.pdf"), 12001);
        assertRefused(many, sample.receipts(), 413, "TOO_MANY_PAGES", "car", "many.pdf");
    }

    @Test
    void refusesAMissingFilePart() {
        int sessions = count("processing_session");
        ApiClient.Response response = alice.createSession("No receipts", sample.car(), null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("BAD_INPUT");
        assertThat(response.body().path("details").path("file").asString()).isEqualTo("receipts");
        assertThat(count("processing_session")).isEqualTo(sessions);
    }

    @Test
    void failsTheSessionWhenTheCarHasNoReportTotal() throws InterruptedException {
        Path car = TestPdfs.carWithoutReportTotal(dir.resolve("cut.pdf"));
        ApiClient.Response response = alice.createSession("Cut short", car, sample.receipts());
        assertThat(response.status()).isEqualTo(202);
        JsonNode done = alice.awaitProcessed(response.body().path("id").asString(), Duration.ofSeconds(60));
        assertThat(done.path("status").asString()).isEqualTo("FAILED");
        assertThat(done.path("failureReason").asString()).contains("Report Total");
        assertThat(done.path("totals").path("employees").asInt()).isZero();
    }

    private void assertRefused(Path car, Path receipts, int status, String code, String part, String fileName) {
        int sessions = count("processing_session");
        int files = count("session_file");
        long stored = filesUnder(Path.of("target/it-data/uploads"));
        // a browser upload of an earlier test may still sit in the temp folder until its UI closes
        java.util.Set<Path> staged = tempUploads();
        ApiClient.Response response = alice.createSession("Bad input", car, receipts);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.body().path("details").path("file").asString()).isEqualTo(part);
        assertThat(response.body().path("message").asString()).contains(fileName);
        assertThat(count("processing_session")).isEqualTo(sessions);
        assertThat(count("session_file")).isEqualTo(files);
        assertThat(filesUnder(Path.of("target/it-data/uploads"))).isEqualTo(stored);
        assertThat(tempUploads()).as("the refused files leave nothing in the temp folder").isSubsetOf(staged);
        assertThat(alice.get("/api/me").status()).isEqualTo(200);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static long filesUnder(Path root) {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.util.Set<Path> tempUploads() {
        Path dir = Path.of("target/it-data/tmp/uploads");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return java.util.Set.of();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
