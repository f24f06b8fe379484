package com.ccp.reconciliation;

import static com.ccp.reconciliation.ReceiptMatcherTest.receipt;
import static com.ccp.reconciliation.ReceiptMatcherTest.tx;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployeeValidatorTest {

    private static final Finding BAD_TOTAL =
            new Finding(Flag.FILE_INTEGRITY, "FILE_INTEGRITY:CAR_TOTAL", "printed total is wrong", null);

    @Test
    void aLaterReceiptResolvesTheSameFindingKey() {
        CarTransaction lumber = tx("21", "328.78");
        CarTransaction fuel = tx("22", "45.10");
        Receipt fuelReceipt = receipt("R-2", "22", "45.10");

        EmployeeValidator.Result before = EmployeeValidator.validate(
                new EmployeeValidator.Input(List.of(lumber, fuel), List.of(fuelReceipt), true, true, List.of(BAD_TOTAL)));
        EmployeeValidator.Result after = EmployeeValidator.validate(new EmployeeValidator.Input(
                List.of(lumber, fuel), List.of(fuelReceipt, receipt("R-3", "23", "328.78")), true, true,
                List.of(BAD_TOTAL)));

        assertThat(before.findings()).extracting(Finding::key)
                .containsExactly("FILE_INTEGRITY:CAR_TOTAL", "MISSING_RECEIPT:" + lumber.reference(), "TOTAL_MISMATCH");
        assertThat(before.findings().get(1).amountImpact()).isEqualTo(new BigDecimal("328.78"));
        assertThat(before.findings().get(2).amountImpact()).isEqualTo(new BigDecimal("328.78"));
        assertThat(after.findings()).extracting(Finding::key).containsExactly("FILE_INTEGRITY:CAR_TOTAL");
    }

    @Test
    void missingReceiptDetailNamesTheClosestFreeReceipt() {
        CarTransaction lumber = tx("21", "328.78");

        Finding finding = EmployeeValidator.validate(new EmployeeValidator.Input(List.of(lumber),
                List.of(receipt("R-15", "21", "307.10")), true, true, List.of())).findings().get(0);

        assertThat(finding.detail()).isEqualTo("No receipt for 03/21/2025 MERCHANT 21 $328.78; closest receipt"
                + " R-15 03/21/2025 Shop $307.10: amount differs: $307.10 vs $328.78.");
    }

    @Test
    void totalMismatchCountsAMissingSideAsZero() {
        Finding carOnly = EmployeeValidator.validate(new EmployeeValidator.Input(
                List.of(tx("01", "10.00")), List.of(), true, false, List.of())).findings().get(1);
        Finding receiptOnly = EmployeeValidator.validate(new EmployeeValidator.Input(
                List.of(), List.of(receipt("R", "01", "-23.99")), false, true, List.of())).findings().get(1);

        assertThat(carOnly.flag()).isEqualTo(Flag.TOTAL_MISMATCH);
        assertThat(carOnly.amountImpact()).isEqualTo(new BigDecimal("10.00"));
        assertThat(receiptOnly.flag()).isEqualTo(Flag.TOTAL_MISMATCH);
        assertThat(receiptOnly.amountImpact()).isEqualTo(new BigDecimal("23.99"));
        assertThat(receiptOnly.detail()).contains("-$23.99");
    }

    @Test
    void uncodedDetailSaysWhatIsMissing() {
        CarTransaction partial = new CarTransaction(java.time.LocalDate.of(2025, 3, 14),
                java.time.LocalDate.of(2025, 3, 16), "REF-P", "STAPLES", new BigDecimal("222.20"),
                null, "0300", "O", null, null, 4);

        Finding finding = EmployeeValidator.validate(new EmployeeValidator.Input(
                List.of(partial), List.of(receipt("R", "14", "222.20")), true, true, List.of())).findings().get(0);

        assertThat(finding.key()).isEqualTo("MISSING_CODING:REF-P");
        assertThat(finding.detail()).isEqualTo("03/14/2025 STAPLES $222.20 has an incomplete job coding (no Job)"
                + " and no GL Account.");
    }
}
