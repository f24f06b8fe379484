package com.ccp.ingestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.profile.ProfileService;
import com.ccp.profile.ProfileSummary;
import com.ccp.report.BuiltInProfiles;
import com.ccp.report.ProfileKind;
import com.ccp.security.Actor;
import com.ccp.security.Role;
import com.ccp.testing.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "Report format" of an upload (new-session form, late receipts dialog) without a browser: it
 * starts on "Recognise automatically" and offers the profiles of its own kind. The component is
 * built directly: in the full run, navigating to the form from here was sent to the login view once
 * an earlier IT had started a second Spring context (see AdminViewIT). ProfilesBrowserIT sees the
 * select in the form itself.
 */
@IntegrationTest
@ViewPackages(packages = "com.ccp")
class ReportFormatSelectIT extends SpringBrowserlessTest {

    private static final Actor ALICE = new Actor("alice", Set.of(Role.USER), null);

    @Autowired
    ProfileService profiles;

    @Test
    void aReportFormatStartsOnRecogniseAutomaticallyAndOffersItsKindOnly() {
        ReportFormatSelect car = new ReportFormatSelect(profiles, ALICE, ProfileKind.CAR, "car");
        ReportFormatSelect receipts = new ReportFormatSelect(profiles, ALICE, ProfileKind.RECEIPTS, "receipts");

        for (ReportFormatSelect format : java.util.List.of(car, receipts)) {
            assertThat(format.getValue()).isNull();
            assertThat(format.profileId()).as("no profile named: recognised by title").isNull();
            assertThat(format.isEmptySelectionAllowed()).isTrue();
            assertThat(format.getEmptySelectionCaption()).isEqualTo("Recognise automatically");
            assertThat(format.getItemLabelGenerator().apply(null)).isEqualTo("Recognise automatically");
        }
        assertThat(car.getListDataView().getItems().map(ProfileSummary::kind)).containsOnly(ProfileKind.CAR);
        assertThat(car.getListDataView().getItems().map(ProfileSummary::id)).contains(BuiltInProfiles.CAR_ID);
        assertThat(receipts.getListDataView().getItems().map(ProfileSummary::kind))
                .containsOnly(ProfileKind.RECEIPTS);

        car.setValue(car.getListDataView().getItems().filter(p -> p.id().equals(BuiltInProfiles.CAR_ID)).findFirst()
                .orElseThrow());
        assertThat(car.profileId()).isEqualTo(BuiltInProfiles.CAR_ID);
    }
}
