package com.ccp.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.admin.CleanupCriteria;
import com.ccp.admin.CleanupService;
import com.ccp.admin.LegacyImportService;
import com.ccp.processing.SessionStatus;
import com.ccp.security.Actor;
import com.ccp.security.Role;
import com.ccp.shell.PageForbidden;
import com.ccp.testing.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The admin view without a browser: the dashboard, the cleanup preview and its typed confirmation, and who gets in.
 * It shares the full-stack tests' Spring context: a second context would install its own Vaadin security-context
 * strategy globally and sign out every later test of the JVM.
 */
@IntegrationTest
@ViewPackages(packages = "com.ccp")
class AdminViewIT extends SpringBrowserlessTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.USER, Role.ADMIN), null);

    @Autowired
    LegacyImportService legacy;
    @Autowired
    CleanupService cleanup;

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void anAdminSeesTheDashboardAndMustTypeTheExactCountToDelete() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "view-it")).resolve("activity.json");
        Files.writeString(file, """
                {"DOE, JANE": {"employee_id": "1", "car_total": 0, "rec_total": 1.50,
                               "receipts": {"0": [{"rec_id": "R-1", "date": "03/01/2025", "amt": 1.50}]}}}""");
        legacy.importFile(ADMIN, "View test", "2025-03", file);
        int matched = cleanup.preview(ADMIN, new CleanupCriteria(Set.of(SessionStatus.COMPLETED), null, null, "admin"))
                .matched();

        navigate(AdminView.class);
        assertThat($(Span.class).id("figure-health").getText()).isEqualTo("UP");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("health-checks").getElement().getTextRecursively())
                .contains("✓ the database answers", "✓ the uploads folder is writable",
                        "✓ the exports folder is writable", "free on the data disk");
        test($(TabSheet.class).id("admin-tabs")).select("Bulk cleanup");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<SessionStatus> status = $(MultiSelectComboBox.class).id("cleanup-status");
        status.setValue(Set.of(SessionStatus.COMPLETED));
        test($(TextField.class).id("cleanup-owner")).setValue("admin");
        test($(Button.class).id("cleanup-preview")).click();
        assertThat($(Span.class).id("cleanup-preview-text").getText())
                .startsWith(matched + (matched == 1 ? " session" : " sessions") + " will be permanently deleted");
        Button delete = $(Button.class).id("cleanup-delete");
        assertThat(delete.isEnabled()).isFalse();
        test($(TextField.class).id("cleanup-confirm")).setValue("DELETE " + (matched + 1));
        assertThat(delete.isEnabled()).as("a wrong count never enables the delete").isFalse();
        test($(TextField.class).id("cleanup-confirm")).setValue("DELETE " + matched);
        assertThat(delete.isEnabled()).isTrue();
        assertThat($(RouterLink.class).id("admin-link").isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "bob", roles = "USER")
    void aUserNeitherSeesTheLinkNorGetsIn() {
        navigate(com.ccp.review.ui.SessionsView.class);
        assertThat($(RouterLink.class).withId("admin-link").exists()).as("no admin link for a user").isFalse();
        PageForbidden refused = navigate("admin", PageForbidden.class);
        assertThat(refused.getId()).hasValue("page-not-found");
        assertThat(refused.getElement().getTextRecursively()).contains("This page is not available",
                "There is no page at /admin that you can open");
        assertThat($(AdminView.class).exists()).as("nothing of the admin view was built").isFalse();
    }
}
