package com.ccp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.reconciliation.Flag;
import com.ccp.reconciliation.ReconciledEmployee;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyActivityFileTest {

    @Test
    void readsAmountsAsExactDecimals() {
        ReconciledEmployee employee = single("""
                {"A, B": {"employee_id": "7", "car_total": 0.3, "rec_total": 9007199254740.99,
                          "receipts": {"0": [{"rec_id": "R", "date": "03/01/2025", "amt": 0.1}]}}}""");
        assertThat(employee.carTotal()).isEqualByComparingTo("0.30").hasToString("0.30");
        assertThat(employee.receiptTotal()).hasToString("9007199254740.99");
        assertThat(employee.transactions().getFirst().transaction().amount()).hasToString("0.10");
    }

    @Test
    void stripsTheIdOfADuplicateNameOnlyWhenItIsTheEmployeesId() {
        assertThat(single("""
                {"SMITH, JOHN (020001)": {"employee_id": "020001", "card_no": "1111", "car_total": 1, "rec_total": 1}}""")
                .carName()).isEqualTo("SMITH, JOHN");
        assertThat(single("""
                {"SMITH, JOHN (JR)": {"employee_id": "020001", "card_no": "1111", "car_total": 1, "rec_total": 1}}""")
                .carName()).isEqualTo("SMITH, JOHN (JR)");
    }

    @Test
    void aReceiptOnlyEmployeeKeepsTheNameOnTheReceiptSide() {
        ReconciledEmployee employee = single("""
                {"DOE, JANE": {"employee_id": "3", "card_no": null, "car_page_range": null, "car_total": 0,
                               "rec_total": 5, "rec_page_range": [2, 3], "flags": {"total_mismatch": true}}}""");
        assertThat(employee.carName()).isNull();
        assertThat(employee.receiptName()).isEqualTo("DOE, JANE");
        assertThat(employee.receiptPages()).isNotNull();
        assertThat(employee.findings()).singleElement().satisfies(f -> {
            assertThat(f.flag()).isEqualTo(Flag.TOTAL_MISMATCH);
            assertThat(f.amountImpact()).isEqualByComparingTo(new BigDecimal("-5"));
        });
    }

    @Test
    void reportsEveryBadValueAndRefusesTheWholeFile() {
        AppException refused = catchThrowableOfType(AppException.class, () -> read("""
                {"A, B": {"employee_id": "1", "car_total": 1.234, "rec_total": 1,
                          "receipts": {"0": [{"rec_id": "R-1", "date": "2025-03-01", "amt": 1},
                                             {"rec_id": "R-2", "date": "02/29/2025", "amt": null}]}},
                 "C, D": {"employee_id": "1", "car_total": 1, "rec_total": 1}}"""));
        assertThat(refused.code()).isEqualTo(ErrorCode.BAD_INPUT);
        @SuppressWarnings("unchecked")
        List<LegacyProblem> problems = (List<LegacyProblem>) refused.details().get("problems");
        assertThat(problems).extracting(p -> p.employee() + "|" + p.record() + "|" + p.field()).containsExactly(
                "A, B|null|car_total", "A, B|R-1|date", "A, B|R-2|date", "A, B|R-2|amt", "C, D|null|employee_id");
    }

    @Test
    void refusesDuplicateKeysAndWhatIsNotAnActivityFile() {
        assertThat(catchThrowableOfType(AppException.class, () -> read("""
                {"A, B": {"employee_id": "1", "car_total": 1, "rec_total": 1},
                 "A, B": {"employee_id": "2", "car_total": 1, "rec_total": 1}}""")).getMessage()).contains("not valid JSON");
        assertThat(catchThrowableOfType(AppException.class, () -> read("[]")).code()).isEqualTo(ErrorCode.BAD_INPUT);
        assertThat(catchThrowableOfType(AppException.class, () -> read("{}")).code()).isEqualTo(ErrorCode.BAD_INPUT);
    }

    @Test
    void anUnknownFlagIsAWarningNotAnIssue() {
        LegacyActivityFile.Content content = read("""
                {"A, B": {"employee_id": "1", "car_total": 1, "rec_total": 1,
                          "flags": {"missing_receipt": true, "lost_card": true, "total_mismatch": false}}}""");
        assertThat(content.employees().getFirst().findings()).extracting(f -> f.flag()).containsExactly(Flag.MISSING_RECEIPT);
        assertThat(content.warnings()).singleElement().asString().contains("lost_card");
    }

    private static ReconciledEmployee single(String json) {
        return read(json).employees().getFirst();
    }

    private static LegacyActivityFile.Content read(String json) {
        return LegacyActivityFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
