package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.Layout;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every screen a clerk and an admin reach, at 1440×900 and 1024×768: the sessions list, a new
 * session, a 500-employee session, an employee, a session with two export batches (the newest shown,
 * "Show all (2)" for the rest), a late-receipt comparison with a change opened, and each admin tab —
 * nothing scrolls sideways and no text is cut ({@link Fits}); a screenshot of each under
 * target/screenshots/fit-*.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreensFitBrowserIT {

    @LocalServerPort
    int port;

    private String big;
    private String exception;
    private String comparing;

    @BeforeAll
    void sessions() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        SampleSet month = Samples.of(SampleSpec.standard(13, 500));
        big = alice.completedSession("A month of 500", month.car(), month.receipts());
        exception = alice.get("/api/sessions/" + big + "/employees?status=EXCEPTION").body().get(0)
                .path("employeeId").asString();

        SampleSpec spec = SampleSpec.of(38, 24, Layout.STANDARD);
        comparing = alice.completedSession("Late receipts, exported twice", Samples.of(spec).car(),
                Samples.of(spec).receipts());
        String employee = alice.get("/api/sessions/" + comparing + "/employees?status=EXCEPTION").body().get(0)
                .path("employeeId").asString();
        JsonNode issue = alice.get("/api/sessions/" + comparing + "/employees/" + employee).body().path("issues")
                .get(0);
        assertThat(alice.postJson("/api/sessions/" + comparing + "/issues/" + issue.path("id").asString()
                + "/resolve", ApiClient.json("reason", "CORRECTED_IN_PVAULT", "note", "fixed in pVault by hand"))
                .status()).isEqualTo(200);
        for (String mode : new String[] {"DELTA", "ALL"}) {
            assertThat(alice.postJson("/api/sessions/" + comparing + "/exports", ApiClient.json("mode", mode,
                    "allowDuplicates", true)).status()).isEqualTo(201);
        }
        assertThat(alice.uploadReceipts(comparing, Samples.late(spec).receipts(), false).status()).isEqualTo(202);
        alice.awaitStatus(comparing, Duration.ofSeconds(60), "COMPARING_RECEIPTS");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1440, 900", "1024, 768"})
    void everyScreenFitsItsWindow(int width, int height) {
        String size = width + "x" + height;
        problems.clear();
        try (Browser clerk = new Browser(port)) {
            clerk.viewport(width, height);
            clerk.signIn("alice");
            check(clerk, size, "sessions", "/");
            check(clerk, size, "new-session", "/sessions/new");
            clerk.open("/sessions/" + big);
            clerk.waitUntil(d -> gridSize(clerk, "employees-grid") == 500);
            fits(clerk, size, "session-500");
            check(clerk, size, "employee", "/sessions/" + big + "/employees/" + exception);

            clerk.open("/sessions/" + comparing);
            clerk.waitUntil(d -> gridSize(clerk, "export-history") == 1);
            assertThat(clerk.byId("export-show-all").getText()).isEqualTo("Show all (2)");
            fits(clerk, size, "session-exports-last");
            clerk.byId("export-show-all").click();
            clerk.waitUntil(d -> gridSize(clerk, "export-history") == 2);
            assertThat(clerk.byId("export-show-all").getText()).isEqualTo("Show the last only");
            fits(clerk, size, "session-exports-all");

            clerk.open("/sessions/" + comparing + "/comparison");
            clerk.waitUntil(d -> gridSize(clerk, "comparison-grid") > 0);
            fits(clerk, size, "comparison");
            clerk.script("""
                    const grid = document.getElementById('comparison-grid');
                    [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c => /^[0-9]+$/.test(c.textContent.trim()))
                      .click();""");
            clerk.waitUntil(d -> !clerk.all(".accept-preview").isEmpty());
            clerk.waitForVaadin();
            fits(clerk, size, "comparison-change-opened");
        }
        try (Browser admin = new Browser(port)) {
            admin.viewport(width, height);
            admin.signIn("admin");
            admin.open("/admin");
            for (String tab : new String[] {"Dashboard", "Bulk cleanup", "Orphaned files", "Activity log",
                    "Legacy import", "Report profiles"}) {
                admin.script("[...document.querySelectorAll('#admin-tabs vaadin-tab')]"
                        + ".find(t => t.textContent.trim() === arguments[0]).click()", tab);
                admin.waitForVaadin();
                String name = "admin-" + tab.toLowerCase().replace(' ', '-');
                if (tab.equals("Bulk cleanup")) {
                    admin.type("cleanup-owner", "alice");
                    admin.script("document.getElementById('cleanup-status').opened = true");
                    admin.waitUntil(d -> Boolean.TRUE.equals(admin.script("""
                            const item = [...document.querySelectorAll('vaadin-multi-select-combo-box-item')]
                              .find(i => i.textContent.trim() === 'completed');
                            if (item) item.click();
                            return !!item;""")));
                    admin.script("document.getElementById('cleanup-status').opened = false");
                    admin.waitForVaadin();
                    admin.byId("cleanup-preview").click();
                    admin.waitUntil(d -> admin.byId("cleanup-confirm").isDisplayed());
                }
                fits(admin, size, name);
                if (tab.equals("Activity log")) {
                    admin.type("activity-session", comparing);
                    admin.waitUntil(d -> Boolean.TRUE.equals(admin.script("""
                            return [...document.querySelectorAll('#activity-grid vaadin-grid-cell-content')]
                              .some(c => c.textContent.trim() === 'Issue resolved');""")));
                    admin.waitUntil(d -> gridSize(admin, "activity-grid") <= 6);
                    admin.waitForVaadin();
                    org.openqa.selenium.WebElement resolved = admin.all("#activity-grid vaadin-grid-cell-content")
                            .stream().filter(c -> c.getText().trim().equals("Issue resolved")).findFirst().orElseThrow();
                    admin.script("arguments[0].scrollIntoView({block: 'center'})", resolved);
                    resolved.click();
                    admin.waitUntil(d -> !admin.all("vaadin-dialog[opened]").isEmpty());
                    admin.waitForVaadin();
                    String details = String.valueOf(admin.script(
                            "return [...document.querySelectorAll('vaadin-dialog[opened]')].map(d => d.innerText"
                                    + " + ' ' + d.textContent).join(' ')"));
                    assertThat(details).contains("Issue resolved", "Late receipts, exported twice",
                            "Employee");
                    fits(admin, size, "admin-activity-details");
                    admin.script("document.querySelectorAll('vaadin-dialog[opened]').forEach(d => d.opened = false)");
                }
            }
        }
        assertThat(problems).as("screens with sideways scrolling or text cut off").isEmpty();
    }

    private void check(Browser browser, String size, String name, String path) {
        browser.open(path);
        browser.waitForVaadin();
        fits(browser, size, name);
    }

    /** Every screen is looked at before the test ends, so one run names everything that does not fit. */
    private final java.util.Map<String, java.util.List<String>> problems = new java.util.TreeMap<>();

    private void fits(Browser browser, String size, String name) {
        browser.waitForVaadin();
        browser.screenshot("fit-" + size + "-" + name);
        java.util.List<String> found = Fits.problems(browser);
        if (!found.isEmpty()) {
            problems.put(size + " " + name, found);
        }
    }

    private static int gridSize(Browser browser, String id) {
        Object size = browser.script("const g = document.getElementById(arguments[0]); return g ? g.size : -1;", id);
        return ((Number) size).intValue();
    }
}
