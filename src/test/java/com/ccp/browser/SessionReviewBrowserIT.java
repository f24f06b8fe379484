package com.ccp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clerk's month at full size: a 500-employee session on a 1440×900 and a 1024×768 screen. The
 * employee grid gets the window (15 / 8 rows at least), nothing scrolls sideways and no label,
 * header or placeholder is cut; the tab, search and order live in the URL, so Back from an employee
 * returns to the same list and row; previous/next on the employee page walk the filtered list in
 * the grid's order, and Enter on a focused row opens it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionReviewBrowserIT {

    @LocalServerPort
    int port;

    private String session;

    @BeforeAll
    void aMonthOf500Employees() throws Exception {
        SampleSet set = Samples.of(SampleSpec.standard(13, 500));
        session = new ApiClient(port, "alice").completedSession("Big month", set.car(), set.receipts());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1440, 900, 15", "1024, 768, 8"})
    void theGridFillsTheWindowAndBackReturnsToTheSameFilterAndRow(int width, int height, int minimumRows) {
        String size = width + "x" + height;
        try (Browser clerk = new Browser(port)) {
            clerk.viewport(width, height);
            clerk.signIn("alice");
            clerk.open("/sessions/" + session);
            clerk.waitUntil(d -> gridSize(clerk) == 500);
            clerk.waitForVaadin();
            clerk.screenshot("review-" + size + "-session");
            assertThat(visibleRows(clerk)).as("rows visible at " + size).isGreaterThanOrEqualTo(minimumRows);
            assertFits(clerk, size + " session page");

            // the scroll position lives in the URL too: Back and a bookmark return to the same rows
            clerk.script("document.getElementById('employees-grid').shadowRoot.querySelector('#table').scrollTop = 7000");
            clerk.waitUntil(d -> clerk.url().contains("top="));
            int top = Integer.parseInt(clerk.url().replaceAll(".*[?&]top=(\\d+).*", "$1"));
            assertThat(top).isGreaterThan(100);
            clerk.waitUntil(d -> firstVisible(clerk) == top && !firstVisibleId(clerk).isEmpty());
            String firstId = firstVisibleId(clerk);
            String scrolledUrl = clerk.url();
            String opened = (String) clerk.script("""
                    const grid = document.getElementById('employees-grid');
                    const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(tr => tr.index === arguments[0]);
                    const cell = row.querySelector('td slot').assignedNodes()[0];
                    cell.click();
                    return cell.textContent.trim();""", top + 2);
            clerk.waitUntil(d -> clerk.url().contains("/employees/" + opened));
            clerk.back();
            clerk.waitUntil(d -> clerk.url().contains("top=" + top) && clerk.url().contains("row=" + opened));
            clerk.waitUntil(d -> firstVisible(clerk) == top && firstVisibleId(clerk).equals(firstId));
            clerk.waitUntil(d -> selectedRowText(clerk).contains(opened));
            clerk.open(scrolledUrl.substring(scrolledUrl.indexOf("/sessions/")));
            clerk.waitUntil(d -> gridSize(clerk) == 500);
            clerk.waitUntil(d -> firstVisible(clerk) == top && firstVisibleId(clerk).equals(firstId));
            clerk.screenshot("review-" + size + "-bookmarked-scroll-position");

            clerk.all("vaadin-tab").stream().filter(t -> t.getText().equals("Exceptions")).findFirst().orElseThrow()
                    .click();
            clerk.waitUntil(d -> clerk.url().contains("tab=exceptions"));
            int exceptions = gridSize(clerk);
            assertThat(exceptions).isBetween(1, 499);
            sortBy(clerk, "Difference");
            clerk.waitUntil(d -> clerk.url().contains("sort=difference"));
            sortBy(clerk, "Difference");
            clerk.waitUntil(d -> clerk.url().contains("dir=desc"));
            clerk.waitForVaadin();
            List<String> order = shownIds(clerk);
            assertThat(order).hasSizeGreaterThan(4);
            clerk.screenshot("review-" + size + "-exceptions-by-difference");
            assertThat(visibleRows(clerk)).as("exception rows visible at " + size).isGreaterThanOrEqualTo(minimumRows);
            assertFits(clerk, size + " exceptions by difference");

            String third = order.get(2);
            clickRow(clerk, 2);
            clerk.waitUntil(d -> clerk.url().contains("/employees/" + third));
            clerk.waitForVaadin();
            assertThat(clerk.byId("employee-position").getText()).isEqualTo("3 of " + exceptions);
            clerk.screenshot("review-" + size + "-employee");
            assertFits(clerk, size + " employee page");

            clerk.byId("next-employee").click();
            clerk.waitUntil(d -> clerk.url().contains("/employees/" + order.get(3)));
            clerk.waitUntil(d -> clerk.byId("employee-position").getText().equals("4 of " + exceptions));
            clerk.script("document.activeElement.dispatchEvent(new KeyboardEvent('keydown',"
                    + " {key: 'p', code: 'KeyP', altKey: true, bubbles: true, composed: true}))");
            clerk.waitUntil(d -> clerk.url().contains("/employees/" + third));
            clerk.byId("previous-employee").click();
            clerk.waitUntil(d -> clerk.url().contains("/employees/" + order.get(1)));
            assertThat(clerk.url()).contains("tab=exceptions", "sort=difference", "dir=desc");

            clerk.back();
            clerk.back();
            clerk.back();
            clerk.back();
            clerk.waitUntil(d -> clerk.url().contains("/sessions/" + session + "?") && clerk.url().contains("row=" + third));
            assertThat(clerk.url()).contains("tab=exceptions", "sort=difference", "dir=desc");
            clerk.waitUntil(d -> gridSize(clerk) == exceptions);
            clerk.waitForVaadin();
            assertThat(clerk.all("vaadin-tab[selected]").getFirst().getText()).isEqualTo("Exceptions");
            assertThat(shownIds(clerk)).containsSubsequence(order.get(2), order.get(3));
            assertThat(selectedRowText(clerk)).contains(third);
            clerk.screenshot("review-" + size + "-back-to-the-row");

            clerk.type("employee-search", order.get(4));
            clerk.waitUntil(d -> clerk.url().contains("q=" + order.get(4)));
            clerk.waitUntil(d -> gridSize(clerk) == 1);
            clerk.script("""
                    const grid = document.getElementById('employees-grid');
                    grid.shadowRoot.querySelector('#items tr td').focus();""");
            clerk.pressKeys(Keys.ENTER);
            clerk.waitUntil(d -> clerk.url().contains("/employees/" + order.get(4)));
            assertThat(clerk.byId("employee-position").getText()).isEqualTo("1 of 1");
        }
    }

    private static int gridSize(Browser browser) {
        return ((Number) browser.script("return document.getElementById('employees-grid').size")).intValue();
    }

    /** The Employee ID shown in the first row not hidden under the grid's header ("" while it loads). */
    private static String firstVisibleId(Browser browser) {
        return (String) browser.script("""
                const grid = document.getElementById('employees-grid');
                const head = grid.shadowRoot.querySelector('#header').getBoundingClientRect().bottom;
                const row = [...grid.shadowRoot.querySelectorAll('#items tr')]
                  .filter(tr => !tr.hidden && tr.index >= 0 && tr.getBoundingClientRect().bottom > head + 1)
                  .sort((a, b) => a.index - b.index)[0];
                const cell = row && row.querySelector('td slot') && row.querySelector('td slot').assignedNodes()[0];
                return cell ? cell.textContent.trim() : '';""");
    }

    /** The index of the first row not hidden under the grid's header. */
    private static int firstVisible(Browser browser) {
        return ((Number) browser.script("""
                const grid = document.getElementById('employees-grid');
                const head = grid.shadowRoot.querySelector('#header').getBoundingClientRect().bottom;
                const rows = [...grid.shadowRoot.querySelectorAll('#items tr')]
                  .filter(tr => !tr.hidden && tr.index >= 0 && tr.getBoundingClientRect().bottom > head + 1);
                return rows.length ? Math.min(...rows.map(tr => tr.index)) : -1;""")).intValue();
    }

    /** Rows wholly inside both the grid's body and the window. */
    private static int visibleRows(Browser browser) {
        return ((Number) browser.script("""
                const grid = document.getElementById('employees-grid');
                const body = grid.shadowRoot.querySelector('#items').getBoundingClientRect();
                const table = grid.shadowRoot.querySelector('#table').getBoundingClientRect();
                const bottom = Math.min(table.bottom, window.innerHeight);
                return [...grid.shadowRoot.querySelectorAll('#items tr')].filter(tr => {
                  const r = tr.getBoundingClientRect();
                  return !tr.hidden && r.height > 0 && r.top >= body.top - 1 && r.bottom <= bottom + 1;
                }).length;""")).intValue();
    }

    /** The Employee IDs of the rendered rows, in the grid's order. */
    @SuppressWarnings("unchecked")
    private static List<String> shownIds(Browser browser) {
        return (List<String>) browser.script("""
                const grid = document.getElementById('employees-grid');
                return [...grid.shadowRoot.querySelectorAll('#items tr')].filter(tr => !tr.hidden && tr.index >= 0)
                  .sort((a, b) => a.index - b.index)
                  .map(tr => tr.querySelector('td slot').assignedNodes()[0].textContent.trim());""");
    }

    private static String selectedRowText(Browser browser) {
        return (String) browser.script("""
                const grid = document.getElementById('employees-grid');
                const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(tr => tr.hasAttribute('selected'));
                return row ? row.querySelector('td slot').assignedNodes()[0].textContent : '';""");
    }

    private static void clickRow(Browser browser, int position) {
        browser.script("""
                const grid = document.getElementById('employees-grid');
                const row = [...grid.shadowRoot.querySelectorAll('#items tr')].filter(tr => !tr.hidden && tr.index >= 0)
                  .sort((a, b) => a.index - b.index)[arguments[0]];
                row.querySelector('td slot').assignedNodes()[0].click();""", position);
    }

    private static void sortBy(Browser browser, String header) {
        browser.script("""
                [...document.getElementById('employees-grid').querySelectorAll('vaadin-grid-sorter')]
                  .find(s => s.textContent.trim() === arguments[0]).click();""", header);
        browser.waitForVaadin();
    }

    private static void assertFits(Browser browser, String where) {
        Fits.assertFits(browser, where);
    }
}
