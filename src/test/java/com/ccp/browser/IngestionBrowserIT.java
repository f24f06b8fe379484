package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.Expected;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.ReadGate;
import com.ccp.testing.Samples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    ReadGate gate;

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
    void aliceUploadsAndWatchesTheSessionBeingRead() throws InterruptedException {
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
            // Reading a 60-employee month takes a fraction of a second: the read is held before its first
            // page until the session page has shown its progress bar.
            List<Double> progress = new ArrayList<>();
            try (ReadGate.Hold hold = gate.hold()) {
                start.click();
                browser.waitUntil(d -> d.getCurrentUrl().matches(".*/sessions/[0-9a-f-]{36}$"));
                String url = browser.url();
                hold.awaitHeld(url.substring(url.lastIndexOf('/') + 1), Duration.ofSeconds(60));
                browser.waitUntil(d -> recordProgress(browser, progress));
                assertThat(browser.byId("session-status").getText()).isNotEqualTo("completed");
                browser.screenshot("session-processing");
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
