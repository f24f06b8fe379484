package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.ingestion.PdfWorkers;
import com.ccp.sample.Expected;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser: alice uploads a generated pair, watches the progress bar reach the end, and sees
 * the employee grid with the right counts; bob cannot open her session.
 */
@IntegrationTest
class IngestionBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    PdfWorkers workers;

    /** Notes the progress bar's value when it is shown; true if it was. */
    private static boolean recordProgress(Browser browser, List<Double> progress) {
        Object value = browser.script(
                "const p = document.getElementById('progress'); return p && p.offsetParent ? p.value : null;");
        if (value instanceof Number number) {
            progress.add(number.doubleValue());
            return true;
        }
        return false;
    }

    @Test
    void aliceUploadsAndWatchesTheSessionBeingRead() {
        SampleSet set = Samples.of(SampleSpec.standard(31, 60));
        Expected expected = set.expected();
        int exceptions = (int) expected.employees().stream().filter(e -> !e.ready()).count();
        String sessionUrl;
        try (Browser browser = new Browser(port)) {
            browser.signIn("alice");
            browser.open("/sessions/new");
            browser.type("session-name", "Browser test month");
            browser.upload("upload-car", set.car());
            browser.upload("upload-receipts", set.receipts());
            WebElement start = browser.byId("start-processing");
            browser.waitUntil(d -> start.getDomAttribute("disabled") == null);
            browser.screenshot("new-session-uploaded");
            // Reading a 60-employee month takes a fraction of a second. All PDF threads but one are held
            // until the session page shows its progress bar: the upload is still checked on the free one,
            // and the reading, one share per thread, cannot end before the bar was watched.
            CountDownLatch release = new CountDownLatch(1);
            for (int i = 0; i < workers.threads() - 1; i++) {
                workers.pool().submit(() -> {
                    release.await();
                    return null;
                });
            }
            List<Double> progress = new ArrayList<>();
            try {
                start.click();
                browser.waitUntil(d -> d.getCurrentUrl().matches(".*/sessions/[0-9a-f-]{36}$"));
                browser.waitUntil(d -> recordProgress(browser, progress));
                browser.screenshot("session-processing");
            } finally {
                release.countDown();
            }
            browser.waitUntil(d -> {
                recordProgress(browser, progress);
                return browser.byId("session-status").getText().equals("completed");
            });
            browser.screenshot("session-processing-done");
            assertThat(progress).as("the progress bar was seen while reading").isNotEmpty();
            assertThat(progress).isSorted();
            assertThat(browser.byId("total-employees").getText()).isEqualTo(String.valueOf(expected.employees().size()));
            assertThat(browser.byId("total-exceptions").getText()).isEqualTo(String.valueOf(exceptions));
            browser.waitUntil(d -> ((Number) browser.script("return document.getElementById('employees-grid').size"))
                    .intValue() == expected.employees().size());

            browser.byId("employee-filter").findElements(org.openqa.selenium.By.tagName("vaadin-tab")).get(1).click();
            browser.waitUntil(d -> ((Number) browser.script("return document.getElementById('employees-grid').size"))
                    .intValue() == exceptions);
            browser.screenshot("session-exceptions");
            sessionUrl = browser.url();
        }

        try (Browser bob = new Browser(port)) {
            bob.signIn("bob");
            bob.open(sessionUrl.substring(sessionUrl.indexOf("/sessions/")));
            bob.waitUntil(d -> !d.getCurrentUrl().contains("/sessions/"));
            assertThat(bob.all("#session-title")).isEmpty();
            assertThat(bob.all("vaadin-notification-card").stream().map(WebElement::getText).toList())
                    .anySatisfy(text -> assertThat(text).contains("not found"));
            bob.screenshot("bob-cannot-open");
        }
    }
}
