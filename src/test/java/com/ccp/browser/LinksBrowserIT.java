package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.testing.ApiClient;
import com.ccp.testing.HandMadeMonth;
import com.ccp.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser: a clerk opens an employee whose meal was charged with the tip, sees the charge
 * unmatched next to the receipt, accepts the suggested tip link in one click and sees the employee
 * become ready, the transaction and the receipt now marked as matched by a link. The session page
 * counts the hints and filters by them; a hint is dismissed with a note; and with no suggestion to
 * take, the clerk selects the unmatched charge and receipt and links them with a reason and a note.
 */
@IntegrationTest
class LinksBrowserIT {

    private static final String MARY = "004512";
    private static final String PAT = "004513";
    private static final String LEE = "004514";

    @LocalServerPort
    int port;

    @Test
    void aClerkAcceptsTheSuggestedTipLinkAndTheEmployeeBecomesReady() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "links-browser"));
        HandMadeMonth month = new HandMadeMonth()
                .employee(MARY, "O'Brien", "Mary")
                .charge(MARY, "24492155061000000000101", 4, "HOME DEPOT #4521 AUSTIN TX", "1,234.56")
                .charge(MARY, "24492155061000000000102", 7, "OLIVE GARDEN 1234 AUSTIN TX", "57.50")
                .receipt(MARY, "R-004512-001", 4, "Home Depot #4521", "1234.56")
                .receipt(MARY, "R-004512-002", 7, "Olive Garden", "50.00")
                .employee(PAT, "Kim", "Pat")
                .charge(PAT, "24492155061000000000201", 12, "SHELL OIL 57443 ROUND ROCK TX", "45.10")
                .charge(PAT, "24492155061000000000202", 13, "SHELL OIL 57443 ROUND ROCK TX", "45.10")
                .receipt(PAT, "R-004513-001", 12, "Shell", "45.10")
                .receipt(PAT, "R-004513-002", 13, "Shell", "45.10")
                .employee(LEE, "Lee", "Sam")
                .charge(LEE, "24492155061000000000301", 3, "HOME DEPOT #4521 AUSTIN TX", "310.00")
                .charge(LEE, "24492155061000000000302", 28, "HOTEL LUTETIA PARIS FR", "412.00")
                .receipt(LEE, "R-004514-001", 3, "Home Depot #4521", "310.00")
                .receipt(LEE, "R-004514-002", 24, "Hotel Lutetia", "380.00");
        ApiClient alice = new ApiClient(port, "alice");
        String session = alice.completedSession("Tips and duplicates", month.writeCar(dir.resolve("car.pdf")),
                month.writeReceipts(dir.resolve("receipts.pdf")));

        try (Browser clerk = new Browser(port)) {
            clerk.signIn("alice");
            clerk.open("/sessions/" + session);
            clerk.waitUntil(d -> clerk.byId("total-hints").getText().contains("1"));
            clerk.screenshot("links-session-with-hints");
            clerk.byId("has-hints").click();
            clerk.waitUntil(d -> rows(clerk) == 1);
            clerk.screenshot("links-session-has-hints-filter");

            clerk.open("/sessions/" + session + "/employees/" + MARY);
            WebElement accept = clerk.byId("accept-suggestion-0");
            assertThat(clerk.byId("suggestions").getText()).contains("Tip", "OLIVE GARDEN", "R-004512-002",
                    "difference $7.50");
            assertThat(clerk.byId("employee-name").findElement(org.openqa.selenium.By.xpath(".."))
                    .getText()).contains("2 open issues");
            clerk.screenshot("links-employee-before-accept");

            accept.click();
            clerk.waitUntil(d -> clerk.byId("employee-name").findElement(org.openqa.selenium.By.xpath(".."))
                    .getText().contains("ready"));
            clerk.waitForVaadin();
            assertThat(clerk.all("#suggestions")).as("nothing left to suggest").isEmpty();
            assertThat(clerk.byId("issues").getText()).contains("Linked", "Explained by links");
            assertThat(clerk.byId("links").getText()).contains("Tip", "OLIVE GARDEN", "R-004512-002", "difference $7.50");
            assertThat(clerk.byId("transactions-grid").getText()).contains("link · tip", "rules");
            clerk.screenshot("links-employee-ready");
            clerk.script("document.getElementById('matching').scrollIntoView()");
            clerk.screenshot("links-employee-side-by-side");

            clerk.open("/sessions/" + session + "/employees/" + PAT);
            assertThat(clerk.byId("hints").getText()).contains("charged twice?", "$45.10");
            clerk.all(".dismiss-button").get(0).click();
            clerk.waitUntil(d -> !d.findElements(org.openqa.selenium.By.id("dismiss-note")).isEmpty());
            clerk.screenshot("links-dismiss-dialog");
            clerk.type("dismiss-note", "Two fill-ups: truck and trailer");
            clerk.byId("dismiss-save").click();
            clerk.waitUntil(d -> clerk.byId("hints").getText().contains("Dismissed by alice"));
            clerk.screenshot("links-hint-dismissed");

            // no suggestion here (the receipt is 4 days and 8% off): the clerk selects both and links them
            clerk.open("/sessions/" + session + "/employees/" + LEE);
            assertThat(clerk.all("#suggestions")).isEmpty();
            lastCheckbox(clerk, "transactions-grid").click();
            lastCheckbox(clerk, "receipts-grid").click();
            clerk.waitUntil(d -> clerk.byId("link-button").getDomAttribute("disabled") == null);
            clerk.byId("link-button").click();
            clerk.waitUntil(d -> !d.findElements(By.id("link-reason")).isEmpty());
            clerk.byId("link-reason").click();
            clerk.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .anyMatch(item -> item.getText().equals("Other")));
            clerk.all("vaadin-select-item").stream().filter(item -> item.getText().equals("Other")).findFirst()
                    .orElseThrow().click();
            clerk.byId("link-save").click();
            clerk.waitUntil(d -> clerk.byId("link-error").getText().contains("note"));
            clerk.screenshot("links-link-dialog-needs-a-note");
            clerk.type("link-note", "Hotel billed a late checkout on the card");
            clerk.byId("link-save").click();
            clerk.waitUntil(d -> d.findElements(By.id("link-reason")).isEmpty());
            clerk.waitUntil(d -> clerk.byId("links").getText().contains("late checkout"));
            assertThat(clerk.byId("employee-name").findElement(By.xpath("..")).getText()).contains("ready");
            clerk.screenshot("links-manual-link");
        }
        assertThat(alice.get("/api/sessions/" + session + "/employees/" + MARY).body().path("status").asString())
                .isEqualTo("READY");
        assertThat(alice.get("/api/sessions/" + session).body().path("totals").path("hints").asInt()).isZero();
        assertThat(alice.get("/api/sessions/" + session + "/employees/" + LEE).body().path("links").get(0)
                .path("reason").asString()).isEqualTo("OTHER");
    }

    /** The selection checkbox of the grid's last row (the unmatched item, dated last). */
    private static WebElement lastCheckbox(Browser browser, String gridId) {
        List<WebElement> boxes = browser.byId(gridId).findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(WebElement::isDisplayed).toList();
        return boxes.get(boxes.size() - 1);
    }

    private static int rows(Browser browser) {
        return ((Number) browser.script("return document.getElementById('employees-grid').size")).intValue();
    }
}
