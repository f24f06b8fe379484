package com.ccp.ingestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.profile.ProfileSummary;
import com.ccp.report.BuiltInProfiles;
import com.ccp.report.ProfileKind;
import com.ccp.testing.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The "Report format" of the new-session form without a browser: each upload starts on "Recognise
 * automatically" and offers the profiles of its own kind. Shares the full-stack tests' context.
 */
@IntegrationTest
@ViewPackages(packages = "com.ccp")
class ReportFormatSelectIT extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "alice", roles = "USER")
    void eachReportFormatStartsOnRecogniseAutomaticallyAndOffersItsKindOnly() {
        navigate(NewSessionView.class);
        ReportFormatSelect car = find(ReportFormatSelect.class).id("format-car");
        ReportFormatSelect receipts = find(ReportFormatSelect.class).id("format-receipts");

        for (ReportFormatSelect format : List.of(car, receipts)) {
            assertThat(format.getValue()).isNull();
            assertThat(format.profileId()).isNull();
            assertThat(format.isEmptySelectionAllowed()).isTrue();
            assertThat(format.getEmptySelectionCaption()).isEqualTo("Recognise automatically");
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
