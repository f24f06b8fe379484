package com.ccp.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.employee.EmployeeFilter;
import com.ccp.employee.ReadingWarning;
import com.ccp.review.EmployeeSort;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class EmployeeListStateTest {

    @Test
    void theListSurvivesTheRoundTripThroughTheUrl() {
        EmployeeListState state = new EmployeeListState(EmployeeListState.Tab.EXCEPTIONS, "MISSING_RECEIPT", "smith",
                true, EmployeeSort.DIFFERENCE, true, "004512", 240);
        String query = state.query().getQueryString();
        assertThat(QueryParameters.fromString(query).getParameters()).isEqualTo(QueryParameters.fromString(
                "tab=exceptions&flag=MISSING_RECEIPT&q=smith&hints=1&sort=difference&dir=desc&row=004512&top=240")
                .getParameters());
        assertThat(EmployeeListState.of(QueryParameters.fromString(query))).isEqualTo(state);
    }

    @Test
    void defaultsStayOutOfTheUrlAndUnknownValuesFallBackToThem() {
        assertThat(EmployeeListState.DEFAULT.queryString()).isEmpty();
        assertThat(EmployeeListState.of(QueryParameters.fromString("tab=odd&sort=nope&dir=up")))
                .isEqualTo(EmployeeListState.DEFAULT);
    }

    @Test
    void theScrollPositionIsANonNegativeIndexAndTheEmployeePageLinksLeaveItOut() {
        assertThat(EmployeeListState.of(QueryParameters.fromString("top=37")).top()).isEqualTo(37);
        assertThat(EmployeeListState.of(QueryParameters.fromString("top=-4")).top()).isNull();
        assertThat(EmployeeListState.of(QueryParameters.fromString("top=x1")).top()).isNull();
        assertThat(EmployeeListState.of(QueryParameters.fromString("top=0")).queryString()).isEmpty();
        EmployeeListState scrolled = EmployeeListState.of(QueryParameters.fromString("tab=ready&top=80&row=9"));
        assertThat(scrolled.withRow(null).queryString()).isEqualTo("?tab=ready");
        assertThat(scrolled.withTop(12).top()).isEqualTo(12);
        assertThat(scrolled.withTop(12).row()).isEqualTo("9");
    }

    @Test
    void theTabBecomesTheStatusFilter() {
        EmployeeListState ready = EmployeeListState.of(QueryParameters.fromString("tab=ready&q=42"));
        assertThat(ready.filter()).isEqualTo(new EmployeeFilter(null, EmployeeFilter.Status.READY, false, "42"));
        assertThat(QueryParameters.fromString(ready.withRow("7").queryString().substring(1)).getParameters())
                .isEqualTo(QueryParameters.fromString("tab=ready&q=42&row=7").getParameters());
    }

    @Test
    void readingNotesNameTheFileInWordsNotByItsInternalCode() {
        assertThat(ReadingNotes.text(new ReadingWarning("MATCHING", 433, "two receipts alike")))
                .isEqualTo("Matching receipts to charges, page 433: two receipts alike");
        assertThat(ReadingNotes.text(new ReadingWarning("RECEIPTS v2", 0, "late")))
                .isEqualTo("Late receipt report (version 2): late");
        assertThat(ReadingNotes.text(new ReadingWarning("CAR", 3, "x")))
                .startsWith("Cardholder activity report, page 3");
    }
}
