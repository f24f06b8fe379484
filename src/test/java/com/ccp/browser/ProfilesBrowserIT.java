package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.profile.ProfileService;
import com.ccp.report.ReportProfile;
import com.ccp.sample.Expected;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.security.Actor;
import com.ccp.security.Role;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real browser: an admin copies the built-in CAR profile, sees the problem of a broken template
 * listed by its field, fixes and saves it, and checks it against a generated CAR.
 */
@IntegrationTest
class ProfilesBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.USER, Role.ADMIN), null);

    @LocalServerPort
    int port;

    @Autowired
    ProfileService profiles;

    @Test
    void anAdminCopiesAProfileSeesABrokenTemplateFixesItAndChecksItAgainstAPdf() {
        // One employee: the generator's quirky first employee, whose CAR totals are printed right.
        SampleSet set = Samples.of(SampleSpec.standard(47, 1));
        Expected expected = set.expected();
        assertThat(expected.employees()).flatExtracting(Expected.Employee::notes)
                .noneMatch(note -> note.startsWith("bad-total: printed Cardholder"));
        String id = "car-browser-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "BROWSER TEST CARD STATEMENT " + id.substring(id.length() - 8).toUpperCase();
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin");
            browser.open("/admin");
            browser.byId("admin-tabs").findElements(By.tagName("vaadin-tab")).stream()
                    .filter(tab -> tab.getText().equals("Report profiles")).findFirst().orElseThrow().click();
            browser.waitUntil(d -> !cells(browser, "car-standard").isEmpty());
            cells(browser, "car-standard").get(0).click();
            browser.waitUntil(d -> browser.byId("profile-heading").getText().equals("Profile car-standard"));
            assertThat(browser.all("#profile-save").stream().filter(WebElement::isDisplayed))
                    .as("a built-in cannot be saved").isEmpty();
            assertThat(browser.byId("profile-delete").getDomAttribute("disabled")).as("nor deleted").isNotNull();
            browser.screenshot("profiles-1-built-in");

            browser.byId("profile-copy").click();
            browser.type("profile-copy-id", id);
            browser.screenshot("profiles-2-copy-dialog");
            browser.byId("profile-copy-create").click();
            browser.waitUntil(d -> browser.byId("profile-heading").getText().equals("New profile " + id));
            ObjectNode copy = (ObjectNode) JSON.readTree(editorText(browser));
            assertThat(copy.get("id").asString()).isEqualTo(id);
            assertThat(copy.get("title").asString()).isEqualTo("CARDHOLDER ACTIVITY REPORT");

            copy.put("title", title);
            copy.put("name", "Browser test card statement");
            ObjectNode lines = (ObjectNode) copy.get("lines");
            String transaction = lines.get("transaction").asString();
            lines.put("transaction", transaction + " {nosuch}");
            setEditorText(browser, JSON.writeValueAsString(copy));
            browser.byId("profile-save").click();
            browser.waitUntil(d -> !browser.all("#profile-problems li[data-field='lines.transaction']").isEmpty());
            assertThat(browser.byId("profile-problems").getText()).startsWith("Not saved").contains("nosuch");
            assertThat(profiles.exists(id)).as("nothing stored").isFalse();
            browser.screenshot("profiles-3-problem-listed");

            lines.put("transaction", transaction);
            setEditorText(browser, JSON.writeValueAsString(copy));
            browser.byId("profile-save").click();
            browser.waitUntil(d -> browser.byId("profile-heading").getText().equals("Profile " + id));
            assertThat(browser.all("#profile-problems").stream().filter(WebElement::isDisplayed)).isEmpty();
            browser.waitUntil(d -> !cells(browser, id).isEmpty());
            ReportProfile stored = profiles.get(ADMIN, id);
            assertThat(stored.title()).isEqualTo(title);
            assertThat(stored.lines().get("transaction")).isEqualTo(transaction);
            browser.screenshot("profiles-4-saved");

            // The generated CAR is titled as the built-in: the saved copy, with its own title, must not read it.
            browser.upload("profile-check-upload", set.car());
            browser.waitUntil(d -> !browser.all("#profile-check-error").isEmpty());
            assertThat(browser.byId("profile-check-error").getText()).contains(title);
            browser.script("document.getElementById('profile-check-summary').scrollIntoView({block: 'center'})");
            browser.screenshot("profiles-5-title-differs");

            // With the report's title put back in the editor (not saved), the copy's templates read it whole.
            copy.put("title", "CARDHOLDER ACTIVITY REPORT");
            setEditorText(browser, JSON.writeValueAsString(copy));
            browser.byId("profile-check-again").click();
            browser.waitUntil(d -> !browser.all("#profile-check-totals").isEmpty());
            assertThat(browser.byId("profile-check-totals").getText()).isEqualTo("totals agree");
            assertThat(browser.byId("check-period").getText()).isEqualTo(expected.period());
            assertThat(browser.byId("check-company").getText()).isEqualTo(expected.company());
            assertThat(browser.byId("check-cardholders").getText()).isEqualTo(String.valueOf(expected.cardholders()));
            assertThat(browser.byId("check-transactions").getText())
                    .isEqualTo(String.valueOf(expected.transactions()));
            browser.waitUntil(d -> ((Number) browser.script(
                    "return document.getElementById('profile-check-first').size")).intValue() == 5);
            browser.script("document.getElementById('profile-check-summary').scrollIntoView({block: 'center'})");
            browser.screenshot("profiles-6-totals-agree");
            browser.script("document.getElementById('profile-check-first').scrollIntoView()");
            browser.screenshot("profiles-7-first-records");
            assertThat(profiles.get(ADMIN, id).title()).as("checking stores nothing").isEqualTo(title);

            // The built-in receipt profile against the set's receipt report, whose one employee has a misprinted total.
            browser.script("document.getElementById('profiles-grid').scrollIntoView()");
            cells(browser, "receipts-standard").get(0).click();
            browser.waitUntil(d -> browser.byId("profile-heading").getText().equals("Profile receipts-standard"));
            browser.upload("profile-check-upload", set.receipts());
            browser.waitUntil(d -> !browser.all("#profile-check-totals").isEmpty());
            boolean misprinted = expected.employees().stream().flatMap(e -> e.notes().stream())
                    .anyMatch(note -> note.startsWith("bad-total: printed Receipt"));
            assertThat(misprinted).as("the generator's first employee has a misprinted receipt total").isTrue();
            assertThat(browser.byId("profile-check-totals").getText()).isEqualTo("totals differ");
            assertThat(browser.byId("check-receipts").getText()).isEqualTo(String.valueOf(expected.receipts()));
            browser.script("document.getElementById('profile-check-summary').scrollIntoView({block: 'start'})");
            browser.screenshot("profiles-7b-receipts-totals-differ");

            // The new-session form offers the saved copy; chosen for a CAR of another title, it is refused by name.
            browser.open("/sessions/new");
            browser.type("session-name", "Profile choice");
            browser.upload("upload-car", set.car());
            browser.upload("upload-receipts", set.receipts());
            WebElement start = browser.byId("start-processing");
            browser.waitUntil(d -> start.getDomAttribute("disabled") == null);
            assertThat(chosenFormat(browser, "format-car")).isEqualTo("Recognise automatically");
            assertThat(chosenFormat(browser, "format-receipts")).isEqualTo("Recognise automatically");
            browser.byId("format-car").findElement(By.cssSelector("vaadin-select-value-button")).click();
            browser.waitUntil(d -> browser.all("vaadin-select-item").stream()
                    .anyMatch(item -> item.getText().equals("Browser test card statement")));
            browser.screenshot("profiles-8-report-format");
            browser.all("vaadin-select-item").stream()
                    .filter(item -> item.getText().equals("Browser test card statement")).findFirst().orElseThrow()
                    .click();
            browser.waitUntil(d -> chosenFormat(browser, "format-car").equals("Browser test card statement"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", start);
            // The list closes with an animation that takes the click until it is gone.
            browser.waitUntil(d -> {
                try {
                    start.click();
                    return true;
                } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                    return false;
                }
            });
            browser.waitUntil(d -> browser.byId("error-car").isDisplayed());
            assertThat(browser.byId("error-car").getText()).contains(title).contains("Browser test card statement");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.byId("error-car"));
            browser.screenshot("profiles-9-format-refused");
            // Leaving the form lets go of the two uploads it holds.
            browser.all("a").stream().filter(a -> a.getText().equals("Sessions")).findFirst().orElseThrow().click();
            browser.waitUntil(d -> !d.getCurrentUrl().contains("/sessions/new"));
            browser.waitForVaadin();
        } finally {
            if (profiles.exists(id)) {
                profiles.delete(ADMIN, id);
            }
        }
    }

    private static java.util.List<WebElement> cells(Browser browser, String text) {
        return browser.all("#profiles-grid vaadin-grid-cell-content").stream()
                .filter(cell -> cell.getText().startsWith(text)).toList();
    }

    private static String chosenFormat(Browser browser, String id) {
        return browser.byId(id).findElement(By.cssSelector("vaadin-select-value-button")).getText().strip();
    }

    private static String editorText(Browser browser) {
        return (String) browser.script("return document.getElementById('profile-editor').value");
    }

    private static void setEditorText(Browser browser, String text) {
        browser.script("const area = document.getElementById('profile-editor'); area.value = arguments[0];"
                + " area.dispatchEvent(new Event('change', {bubbles: true}));", text);
        browser.waitForVaadin();
    }
}
