package com.ccp.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkedValidationTest {

    private static CarTransaction tx(String reference, String day, String amount) {
        LocalDate date = LocalDate.parse("2025-03-" + day);
        return new CarTransaction(date, date.plusDays(1), reference, "MERCHANT", new BigDecimal(amount), null, null,
                null, "6100", null, 1);
    }

    private static Receipt receipt(String id, String day, String amount) {
        return new Receipt(id, LocalDate.parse("2025-03-" + day), "Shop", new BigDecimal(amount), null, null, null,
                true, 1, 1);
    }

    @Test
    void theRulesMatchOnlyWhatTheLinksLeave() {
        CarTransaction meal = tx("MEAL", "10", "57.50");
        CarTransaction fuel = tx("FUEL", "11", "50.00");
        // the clerk linked the meal to the $50 receipt (tip); a late $50 receipt then matches the fuel
        EmployeeValidator.Result result = EmployeeValidator.validate(new EmployeeValidator.Input(List.of(meal, fuel),
                List.of(receipt("R1", "10", "50.00"), receipt("R2", "11", "50.00")), true, true, List.of(),
                Set.of("MEAL"), Set.of("R1")));

        assertThat(result.transactions()).extracting(m -> m.receipt() == null ? null : m.receipt().receiptId())
                .containsExactly(null, "R2");
        assertThat(result.findings()).extracting(Finding::key)
                .containsExactly("MISSING_RECEIPT:MEAL", "TOTAL_MISMATCH");
    }

    @Test
    void withoutLinksTheRulesSeeEverything() {
        CarTransaction fuel = tx("FUEL", "11", "50.00");
        EmployeeValidator.Result result = EmployeeValidator.validate(new EmployeeValidator.Input(List.of(fuel),
                List.of(receipt("R1", "10", "50.00")), true, true, List.of()));
        assertThat(result.transactions().get(0).matched()).isTrue();
    }

    @Test
    void linksExplainTheDifferenceOnlyWhenNothingIsLeftUnmatched() {
        BigDecimal car = new BigDecimal("107.50");
        BigDecimal receipts = new BigDecimal("100.00");
        assertThat(LinkCoverage.explainsWholeDifference(0, 0, List.of(new BigDecimal("7.50")), car, receipts)).isTrue();
        assertThat(LinkCoverage.explainsWholeDifference(1, 0, List.of(new BigDecimal("7.50")), car, receipts)).isFalse();
        assertThat(LinkCoverage.explainsWholeDifference(0, 1, List.of(new BigDecimal("7.50")), car, receipts)).isFalse();
        assertThat(LinkCoverage.explainsWholeDifference(0, 0, List.of(new BigDecimal("7.49")), car, receipts)).isFalse();
        assertThat(LinkCoverage.explainsWholeDifference(0, 0, List.of(), car, car)).isFalse();
    }
}
