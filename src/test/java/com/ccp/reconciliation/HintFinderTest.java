package com.ccp.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HintFinderTest {

    private static CarTransaction tx(String reference, String day, String merchant, String amount) {
        LocalDate date = LocalDate.parse("2025-03-" + day);
        return new CarTransaction(date, date.plusDays(1), reference, merchant, new BigDecimal(amount), null, null,
                null, "6100", null, 1);
    }

    private static HintFinder.OwnedReceipt receipt(String employee, String id, String day, String merchant,
            String amount) {
        return new HintFinder.OwnedReceipt(employee, new Receipt(id, LocalDate.parse("2025-03-" + day), merchant,
                new BigDecimal(amount), null, null, null, true, 1, 1));
    }

    @Test
    void findsTwoEqualChargesAtOneMerchantWithinThreeDays() {
        List<Hint> hints = HintFinder.duplicateCharges("004512", List.of(tx("A", "10", "SHELL OIL 123", "45.10"),
                tx("B", "13", "shell  oil   123 ", "45.10")));
        assertThat(hints).singleElement().satisfies(h -> {
            assertThat(h.type()).isEqualTo(HintType.POSSIBLE_DUPLICATE_CHARGE);
            assertThat(h.transactions()).containsExactly("A", "B");
            assertThat(h.employeeIds()).containsExactly("004512");
            assertThat(h.detail()).contains("$45.10", "SHELL OIL 123", "A", "B");
        });
    }

    @Test
    void findsNoDuplicateFourDaysApartOrForAnotherAmountOrMerchant() {
        assertThat(HintFinder.duplicateCharges("1", List.of(tx("A", "10", "SHELL", "45.10"),
                tx("B", "14", "SHELL", "45.10")))).isEmpty();
        assertThat(HintFinder.duplicateCharges("1", List.of(tx("A", "10", "SHELL", "45.10"),
                tx("B", "10", "SHELL", "45.11")))).isEmpty();
        assertThat(HintFinder.duplicateCharges("1", List.of(tx("A", "10", "SHELL", "45.10"),
                tx("B", "10", "SHELL.", "45.10")))).isEmpty();
    }

    @Test
    void namesEveryPairOfThreeEqualCharges() {
        assertThat(HintFinder.duplicateCharges("1", List.of(tx("A", "10", "X", "5.00"), tx("B", "11", "X", "5.00"),
                tx("C", "12", "X", "5.00")))).extracting(Hint::transactions)
                .containsExactly(List.of("A", "B"), List.of("A", "C"), List.of("B", "C"));
    }

    @Test
    void keysStayTheSameWhenFoundAgain() {
        List<CarTransaction> charges = List.of(tx("A", "10", "X", "5.00"), tx("B", "11", "X", "5.00"));
        assertThat(HintFinder.duplicateCharges("1", charges)).extracting(Hint::key)
                .isEqualTo(HintFinder.duplicateCharges("1", charges).stream().map(Hint::key).toList())
                .containsExactly("POSSIBLE_DUPLICATE_CHARGE:1:A|B");
    }

    @Test
    void findsAReceiptSubmittedTwiceByTwoEmployeesIgnoringCaseSpacesAndPunctuation() {
        List<Hint> hints = HintFinder.receiptsSubmittedTwice(List.of(
                receipt("1", "R-1-001", "05", "Home Depot #4521", "1234.56"),
                receipt("2", "R-2-007", "05", "HOME DEPOT 4521", "1234.56")));
        assertThat(hints).singleElement().satisfies(h -> {
            assertThat(h.type()).isEqualTo(HintType.RECEIPT_SUBMITTED_TWICE);
            assertThat(h.receipts()).containsExactly("R-1-001", "R-2-007");
            assertThat(h.employeeIds()).containsExactly("1", "2");
        });
    }

    @Test
    void findsAReceiptSubmittedTwiceByOneEmployee() {
        assertThat(HintFinder.receiptsSubmittedTwice(List.of(receipt("1", "R-1", "05", "Shell", "45.10"),
                receipt("1", "R-2", "05", "Shell", "45.10")))).singleElement()
                .extracting(Hint::employeeIds).isEqualTo(List.of("1"));
    }

    @Test
    void wantsTheSameDateAmountAndMerchant() {
        assertThat(HintFinder.receiptsSubmittedTwice(List.of(receipt("1", "R-1", "05", "Shell", "45.10"),
                receipt("1", "R-2", "06", "Shell", "45.10")))).isEmpty();
        assertThat(HintFinder.receiptsSubmittedTwice(List.of(receipt("1", "R-1", "05", "Shell", "45.10"),
                receipt("1", "R-2", "05", "Shell", "45.11")))).isEmpty();
        assertThat(HintFinder.receiptsSubmittedTwice(List.of(receipt("1", "R-1", "05", "Shell", "45.10"),
                receipt("1", "R-2", "05", "Chevron", "45.10")))).isEmpty();
    }

    @Test
    void aReceiptListedTwiceUnderOneIdIsNoHint() {
        assertThat(HintFinder.receiptsSubmittedTwice(List.of(receipt("1", "R-1", "05", "Shell", "45.10"),
                receipt("1", "R-1", "05", "Shell", "45.10")))).isEmpty();
    }
}
