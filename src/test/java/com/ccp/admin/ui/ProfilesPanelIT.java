package com.ccp.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.profile.ProfileService;
import com.ccp.profile.ProfileSummary;
import com.ccp.report.BuiltInProfiles;
import com.ccp.security.Actor;
import com.ccp.security.Role;
import com.ccp.testing.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The report profiles tab without a browser: a copy cannot take an id in use, a built-in can be
 * neither saved nor deleted, a title conflict is shown and stores nothing, a stored profile is
 * deleted only after the confirmation.
 */
@IntegrationTest
@ViewPackages(packages = "com.ccp")
class ProfilesPanelIT extends SpringBrowserlessTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.USER, Role.ADMIN), null);

    @Autowired
    ProfileService profiles;

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void aCopyNeedsAFreeIdAndAStoredProfileIsDeletedOnlyAfterConfirming() {
        String id = "car-panel-" + UUID.randomUUID().toString().substring(0, 8);
        String document = profiles.copy(ADMIN, BuiltInProfiles.CAR_ID, id)
                .replace("CARDHOLDER ACTIVITY REPORT", "PANEL TEST REPORT " + id.toUpperCase());
        profiles.put(ADMIN, id, document);
        try {
            deleteThroughThePanel(id);
        } finally {
            if (profiles.exists(id)) {
                profiles.delete(ADMIN, id);
            }
        }
    }

    private void deleteThroughThePanel(String id) {
        navigate(AdminView.class);
        test(find(TabSheet.class).id("admin-tabs")).select("Report profiles");
        @SuppressWarnings("unchecked")
        Grid<ProfileSummary> grid = find(Grid.class).id("profiles-grid");
        int builtIn = rowOf(grid, BuiltInProfiles.CAR_ID);
        test(grid).select(builtIn);
        assertThat(find(TextArea.class).id("profile-editor").isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("profile-save").exists()).as("no save for a built-in").isFalse();
        assertThat(find(Button.class).id("profile-delete").isEnabled()).isFalse();

        test(find(Button.class).id("profile-copy")).click();
        test(find(TextField.class).id("profile-copy-id")).setValue(id);
        test(find(Button.class).id("profile-copy-create")).click();
        TextField newId = find(TextField.class).id("profile-copy-id");
        assertThat(newId.isInvalid()).as("the id is taken").isTrue();
        assertThat(newId.getErrorMessage()).contains("already").contains(id);
        test(newId).setValue("X");
        test(find(Button.class).id("profile-copy-create")).click();
        assertThat(find(TextField.class).id("profile-copy-id").getErrorMessage()).isNotBlank();

        // A copy saved under the built-in's title is a conflict, shown next to the editor; nothing is stored.
        String fresh = id + "-b";
        test(find(TextField.class).id("profile-copy-id")).setValue(fresh);
        test(find(Button.class).id("profile-copy-create")).click();
        assertThat(find(TextArea.class).id("profile-editor").getValue()).contains("\"" + fresh + "\"");
        test(find(Button.class).id("profile-save")).click();
        assertThat(find(Span.class).id("profile-problem-message").getText()).contains("car-standard");
        assertThat(profiles.exists(fresh)).isFalse();

        test(grid).select(rowOf(grid, id));
        assertThat(find(TextArea.class).id("profile-editor").getValue()).contains("PANEL TEST REPORT");
        test(find(Button.class).id("profile-delete")).click();
        assertThat(profiles.exists(id)).as("not before the confirmation").isTrue();
        test(find(Button.class).id("profile-delete-confirm")).click();
        assertThat(profiles.exists(id)).isFalse();
        assertThat(grid.getListDataView().getItems().map(ProfileSummary::id)).doesNotContain(id);
    }

    private static int rowOf(Grid<ProfileSummary> grid, String id) {
        return grid.getListDataView().getItems().map(ProfileSummary::id).toList().indexOf(id);
    }
}
