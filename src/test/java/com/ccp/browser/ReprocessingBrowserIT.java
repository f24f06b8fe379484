package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.LateReceiptSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Alice takes late receipts in a real browser: upload, see the comparison, reject one change,
 * apply, see the new amounts and the revision history; then closes the month and sees it read-only.
 */
@IntegrationTest
class ReprocessingBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aliceReviewsLateReceiptsAppliesThemAndClosesTheMonth() throws Exception {
        SampleSpec spec = SampleSpec.of(35, 24, com.ccp.sample.Layout.STANDARD);
        LateReceiptSet late = Samples.late(spec);
        ApiClient alice = new ApiClient(port, "alice");
        String id = alice.completedSession("Late receipts in the browser", Samples.of(spec).car(),
                Samples.of(spec).receipts());
        List<LateReceiptSet.Change> changed = late.changes().stream()
                .filter(c -> c.category() == LateReceiptSet.Category.AMOUNT_CHANGED).toList();
        assertThat(changed).hasSizeGreaterThanOrEqualTo(2);
        LateReceiptSet.Change accepted = changed.get(0);
        LateReceiptSet.Change rejected = changed.get(1);
        long decidable = late.changes().stream().filter(c -> c.category() == LateReceiptSet.Category.AMOUNT_CHANGED
                || c.category() == LateReceiptSet.Category.NEW_EMPLOYEE).count();

        try (Browser browser = new Browser(port)) {
            browser.signIn("alice");
            browser.open("/sessions/" + id);
            browser.byId("late-receipts").click();
            browser.upload("upload-receipts", late.receipts());
            WebElement submit = browser.byId("upload-late-receipts");
            browser.waitUntil(d -> submit.getDomAttribute("disabled") == null);
            browser.screenshot("late-receipts-dialog");
            submit.click();
            browser.byId("review-comparison").click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/comparison"));
            browser.waitUntil(d -> gridSize(browser, "comparison-grid") == late.changes().stream()
                    .filter(c -> c.category() != LateReceiptSet.Category.NO_CHANGE).count());
            browser.screenshot("comparison");

            // opening a change says what accepting it does: its new and changed receipts, flags before → after
            browser.script("""
                    const grid = document.getElementById('comparison-grid');
                    [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.trim() === arguments[0])
                      .click();""", accepted.employeeId());
            String preview = browser.byId("preview-" + accepted.employeeId()).getText();
            assertThat(preview).contains("Open flags now", "after accepting");
            accepted.addedReceiptIds().forEach(receipt -> assertThat(preview).contains(receipt));
            accepted.changedReceiptIds().forEach(receipt -> assertThat(preview).contains(receipt));
            assertThat(accepted.addedReceiptIds().size() + accepted.changedReceiptIds().size()).isPositive();
            browser.screenshot("comparison-change-opened");

            browser.byId("accept-all").click();
            browser.waitUntil(d -> browser.byId("decision-summary").getText()
                    .equals(decidable + " changes accepted, 0 rejected"));
            browser.byId("reject-" + rejected.employeeId()).click();
            browser.waitUntil(d -> browser.byId("decision-summary").getText()
                    .equals((decidable - 1) + " changes accepted, 1 rejected"));
            browser.byId("apply-comparison").click();
            assertThat(browser.byId("apply-summary").getText()).startsWith((decidable - 1) + " changes accepted, 1 rejected");
            browser.byId("apply-confirm").click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/sessions/[0-9a-f-]{36}$"));
            browser.waitUntil(d -> browser.byId("session-status").getText().equals("completed"));

            browser.open("/sessions/" + id + "/employees/" + accepted.employeeId());
            browser.waitUntil(d -> gridSize(browser, "revisions-grid") == 2);
            String page = browser.byId("employee-name").findElement(org.openqa.selenium.By.xpath("../..")).getText();
            assertThat(page).contains("Revision 2").contains(money(accepted.newReceiptTotal()));
            browser.screenshot("employee-after-apply");

            browser.open("/sessions/" + id);
            browser.byId("close-session").click();
            browser.type("close-reason", "Posted in pVault");
            browser.type("close-confirm", "CLOSE");
            WebElement close = browser.byId("close-submit");
            browser.waitUntil(d -> close.getDomAttribute("disabled") == null);
            close.click();
            browser.waitUntil(d -> browser.byId("session-status").getText().equals("closed"));
            assertThat(browser.byId("closed-note").getText()).contains("alice").contains("Posted in pVault")
                    .contains("read-only");
            assertThat(browser.all("#late-receipts, #close-session, #delete-session, #pause-session")).isEmpty();
            browser.screenshot("closed-session");
        }

        JsonNode employees = alice.get("/api/sessions/" + id + "/employees").body();
        for (JsonNode employee : employees) {
            if (employee.path("employeeId").asString().equals(rejected.employeeId())) {
                assertThat(employee.path("receiptTotal").asString()).isEqualTo(rejected.oldReceiptTotal().toPlainString());
                assertThat(employee.path("revision").asInt()).isEqualTo(1);
            }
        }
    }

    private static long gridSize(Browser browser, String id) {
        Object size = browser.script("const g = document.getElementById(arguments[0]); return g ? g.size : -1;", id);
        return ((Number) size).longValue();
    }

    private static String money(java.math.BigDecimal amount) {
        return com.ccp.base.Formats.money(amount);
    }
}
