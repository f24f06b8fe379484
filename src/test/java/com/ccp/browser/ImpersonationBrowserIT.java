package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real browser: support signs in, views the app as alice, sees her sessions under the read-only
 * banner on every page, finds nothing to change (no new session, no upload; the owner's resolve buttons shown disabled), exits;
 * views as her again and signs out, which also ends the impersonation in the log.
 * The pages run under the app's Content Security Policy without a violation.
 */
@IntegrationTest
class ImpersonationBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void supportViewsAsAliceReadOnlyAndExits() throws InterruptedException {
        ApiClient alice = new ApiClient(port, "alice");
        String sessionId = alice.createSession("Alice for support's eyes", Samples.small().car(),
                Samples.small().receipts()).body().path("id").asString();
        alice.awaitProcessed(sessionId, Duration.ofSeconds(60));
        String employeeId = alice.get("/api/sessions/" + sessionId + "/employees?status=EXCEPTION").body()
                .get(0).path("employeeId").asString();
        com.ccp.sample.SampleSpec lateSpec = com.ccp.sample.SampleSpec.of(36, 12,
                com.ccp.sample.Layout.STANDARD);
        String comparing = alice.completedSession("Alice's late receipts", Samples.of(lateSpec).car(),
                Samples.of(lateSpec).receipts());
        alice.uploadReceipts(comparing, Samples.late(lateSpec).receipts(), false);
        alice.awaitStatus(comparing, Duration.ofSeconds(60), "COMPARING_RECEIPTS");
        List<String> console = new ArrayList<>();

        try (Browser support = new Browser(port)) {
            support.signIn("support");
            support.open("/admin");
            assertThat(support.byId("page-not-found").getText()).contains("This page is not available",
                    "Go to your sessions").doesNotContain("Could not navigate");
            assertThat(support.byId("sign-out").isDisplayed()).as("in the app's frame").isTrue();
            support.screenshot("admin-as-support-not-available");
            viewAs(support, "alice");

            assertThat(support.byId("impersonation-text").getText()).isEqualTo("Viewing as alice — read-only");
            assertThat(support.byId("user-name").getText()).as("the real user stays named").isEqualTo("support");
            assertThat(support.all(".main-nav a")).extracting(WebElement::getText).as("alice's menu")
                    .containsExactly("Sessions", "New session");
            support.waitUntil(d -> gridText(support, "sessions-grid").contains("Alice for support's eyes"));
            assertReadOnly(support, "#new-session, #close-all", 2);
            support.screenshot("impersonating-sessions");

            support.open("/sessions/" + sessionId);
            support.waitUntil(d -> ((Number) support.script(
                    "return document.getElementById('employees-grid').size")).intValue() > 0);
            assertThat(support.byId("impersonation-banner").isDisplayed()).isTrue();
            assertReadOnly(support, "#session-actions vaadin-button", 4);
            assertThat(support.all("#open-export, #late-receipts, #close-session, #delete-session")).hasSize(4);
            support.screenshot("impersonating-session");

            support.open("/sessions/" + comparing);
            support.byId("review-comparison").click();
            support.waitUntil(d -> d.getCurrentUrl().endsWith("/comparison"));
            support.byId("comparison-title");
            assertReadOnly(support, "#comparison-footer vaadin-button, #comparison-grid vaadin-button", 4);
            support.screenshot("impersonating-comparison");

            support.open("/sessions/" + sessionId + "/employees/" + employeeId);
            support.byId("employee-name");
            assertThat(support.byId("impersonation-banner").isDisplayed()).isTrue();
            assertThat(support.all(".resolve-button")).as("the owner's actions are shown").isNotEmpty()
                    .allSatisfy(button -> {
                        assertThat(button.getDomAttribute("disabled")).as("but disabled").isNotNull();
                        assertThat(button.getDomAttribute("title")).isEqualTo("Read-only while viewing as alice");
                    });
            support.screenshot("impersonating-employee");

            support.open("/sessions/new");
            assertThat(support.byId("read-only-note").getText()).contains("viewing as alice");
            assertThat(support.all("vaadin-upload")).as("the uploads are shown, closed").hasSize(2)
                    .allSatisfy(upload -> assertThat(upload.getDomAttribute("disabled")).isNotNull());
            assertReadOnly(support, "#start-processing", 1);
            support.screenshot("impersonating-new-session");

            support.byId("exit-impersonation").click();
            support.waitUntil(d -> d.findElements(By.id("impersonation-banner")).isEmpty()
                    && !d.findElements(By.id("sessions-grid")).isEmpty());
            support.waitForVaadin();
            assertThat(gridText(support, "sessions-grid")).doesNotContain("Alice for support's eyes");
            assertThat(support.byId("view-as-link").isDisplayed()).isTrue();
            support.screenshot("impersonation-ended");
            support.script("console.error('console-probe')");
            console.addAll(support.consoleMessages());

            viewAs(support, "alice");
            support.byId("sign-out").click();
            support.waitUntil(d -> d.getCurrentUrl().contains("/login"));
        }

        assertThat(console).as("the console is read").anyMatch(message -> message.contains("console-probe"));
        assertThat(console).as("no Content Security Policy violation")
                .noneMatch(message -> message.contains("Content Security Policy"));
        assertThat(jdbc.sql("""
                SELECT CONCAT(action, ': ', details) FROM activity_log
                WHERE actor = 'support' AND acting_as = 'alice' AND outcome = 'OK' ORDER BY id""")
                .query(String.class).list()).as("exit and sign-out both end the impersonation in the log")
                .containsSubsequence("IMPERSONATE_START: support started viewing as alice (read-only)",
                        "IMPERSONATE_END: support stopped viewing as alice",
                        "IMPERSONATE_START: support started viewing as alice (read-only)",
                        "IMPERSONATE_END: support stopped viewing as alice (the sign-in ended)");
    }

    /** At least {@code minimum} of these buttons are there, every one disabled, saying why. */
    private static void assertReadOnly(Browser support, String css, int minimum) {
        support.waitUntil(d -> support.all(css).size() >= minimum);
        assertThat(support.all(css)).as("the owner's actions are shown: " + css).hasSizeGreaterThanOrEqualTo(minimum)
                .allSatisfy(button -> {
                    assertThat(button.getDomAttribute("disabled")).as("but disabled: " + button.getText()).isNotNull();
                    assertThat(button.getDomAttribute("title")).isEqualTo("Read-only while viewing as alice");
                });
    }

    private static void viewAs(Browser support, String target) {
        support.byId("view-as-link").click();
        support.waitUntil(d -> d.getCurrentUrl().endsWith("/support/view-as"));
        WebElement user = support.byId("impersonate-user").findElement(By.cssSelector("input"));
        user.sendKeys(target);
        user.sendKeys(Keys.ENTER);
        support.screenshot("impersonate-pick");
        support.byId("impersonate-start").click();
        support.waitUntil(d -> !d.findElements(By.id("impersonation-banner")).isEmpty());
        support.waitForVaadin();
    }

    private static String gridText(Browser browser, String gridId) {
        return String.valueOf(browser.script("const grid = document.getElementById(arguments[0]);"
                + " return grid ? grid.innerText + ' ' + Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.textContent).join(' ') : '';", gridId));
    }
}
