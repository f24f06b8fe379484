package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A real browser: alice opens the export dialog, reads the summary, exports, downloads the ZIP and
 * finds one PDF per ready employee; the batch shows in the history. A second session of the same
 * CAR lists the duplicates and needs "export anyway".
 */
@IntegrationTest
class ExportBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aliceExportsFromTheDialogAndDownloadsThePackage() throws Exception {
        jdbc.sql("DELETE FROM export_batch WHERE created_at < ?")
                .param(new Timestamp(ManagementFactory.getRuntimeMXBean().getStartTime())).update();
        SampleSet set = Samples.of(SampleSpec.standard(71, 20));
        ApiClient alice = new ApiClient(port, "alice");
        String id = alice.completedSession("Browser export", set.car(), set.receipts());
        List<JsonNode> employees = new ArrayList<>();
        alice.get("/api/sessions/" + id + "/employees").body().forEach(employees::add);
        long ready = employees.stream().filter(e -> e.path("status").asString().equals("READY")).count();
        long notReady = employees.size() - ready;

        try (Browser browser = new Browser(port)) {
            browser.signIn("alice");
            browser.open("/sessions/" + id);
            browser.byId("export-history-empty");
            browser.screenshot("export-session-page");
            browser.byId("open-export").click();
            assertThat(browser.byId("export-summary").getText()).isEqualTo(ready + " new employees, 0 changed since"
                    + " their last export, 0 already exported, " + notReady + " not ready");
            assertThat(browser.byId("export-will").getText()).startsWith(ready + " employees will be exported");
            browser.screenshot("export-dialog");

            browser.byId("export-confirm").click();
            browser.byId("export-result");
            browser.screenshot("export-done");
            String href = (String) browser.script("return document.getElementById('download-pvault').href");
            assertThat(pdfsIn(browser.fetch(href))).isEqualTo(ready);

            browser.byId("export-cancel").click();
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                    "const dialog = document.getElementById('export-dialog'); return !dialog || !dialog.opened;")));
            browser.waitUntil(d -> ((Number) browser.script(
                    "return document.getElementById('export-history').size")).intValue() == 1);
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
                    const dialog = document.getElementById('export-dialog');
                    const overlays = [...document.querySelectorAll('vaadin-dialog-overlay')];
                    if (dialog && dialog.shadowRoot) {
                        overlays.push(...dialog.shadowRoot.querySelectorAll('vaadin-dialog-overlay'));
                    }
                    return overlays.every(o => !o.hasAttribute('opened') && !o.hasAttribute('closing'));""")));
            browser.screenshot("export-history");

            // every ready employee went out: closing now leaves only the open issues
            browser.byId("close-session").click();
            assertThat(browser.byId("close-impact").getText()).startsWith("Closing now leaves")
                    .contains("open issue").doesNotContain("never exported");
            browser.screenshot("close-dialog");
            browser.script("document.getElementById('close-keep-open').click()");

            browser.open("/");
            browser.byId("close-all").click();
            assertThat(browser.byId("close-all-list").getText()).contains("Browser export (completed)");
            browser.screenshot("close-all-dialog");
            browser.script("document.getElementById('close-keep-open').click()");
        }
        assertThat(alice.get("/api/sessions/" + id).body().path("status").asString()).isEqualTo("COMPLETED");

        String second = alice.completedSession("Browser export, same CAR", set.car(), set.receipts());
        try (Browser browser = new Browser(port)) {
            browser.signIn("alice");
            browser.open("/sessions/" + second);
            browser.byId("open-export").click();
            browser.byId("export-duplicates");
            browser.waitUntil(d -> browser.byId("export-confirm").getDomAttribute("disabled") != null);
            browser.screenshot("export-duplicates");
            browser.byId("export-anyway").click();
            browser.waitUntil(d -> browser.byId("export-confirm").getDomAttribute("disabled") == null);
            browser.byId("export-confirm").click();
            browser.byId("export-result");
        }
        assertThat(alice.get("/api/sessions/" + second + "/exports").body().size()).isEqualTo(1);
        alice.awaitStatus(second, Duration.ofSeconds(5), "COMPLETED");
    }

    @Test
    void aSessionImportedFromTheOldToolSaysItsEmployeesWentOutAndOffersNoExport() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(
                java.nio.file.Path.of("target", "export-browser-it")).resolve("activity.json"), """
                {"SMITH, JOHN": {"employee_id": "010234", "card_no": "4821", "car_total": 45.10, "rec_total": 45.10,
                  "car_page_range": [3, 3], "rec_page_range": [7, 7],
                  "flags": {"missing_coding_info": false, "missing_receipt": false, "total_mismatch": false},
                  "receipts": {"0": [{"rec_id": "R-1", "date": "03/02/2025", "amt": 45.10, "merch_name": "Shell",
                                      "gl_acct": "6420", "gl_desc": "Fuel", "attachment": true, "coded": true}]}}}
                """);
        ApiClient admin = new ApiClient(port, "admin");
        String id = admin.postMultipart("/api/admin/legacy-import", java.util.Map.of("name", "Imported March",
                "period", "2025-03"), java.util.Map.of("file", file)).body().path("sessionId").asString();
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin");
            browser.open("/sessions/" + id);
            assertThat(browser.byId("export-sent-by-old-tool").getText()).contains("old tool", "already sent");
            assertThat(browser.all("#open-export")).isEmpty();
            browser.byId("open-exceptions-csv");
            browser.screenshot("export-legacy-session");
        }
    }

    private static long pdfsIn(byte[] zip) throws Exception {
        long pdfs = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                pdfs += entry.getName().endsWith(".pdf") ? 1 : 0;
            }
        }
        return pdfs;
    }
}
