package com.ccp.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkSuggestionsTest {

    private static CarTransaction tx(String reference, String day, String amount) {
        LocalDate date = LocalDate.parse("2025-03-" + day);
        return new CarTransaction(date, date.plusDays(1), reference, "MERCHANT", new BigDecimal(amount), "23-104",
                "0300", "M", null, null, 1);
    }

    private static Receipt receipt(String id, String day, String amount) {
        return new Receipt(id, LocalDate.parse("2025-03-" + day), "Shop", new BigDecimal(amount), null, null, null,
                true, 1, 1);
    }

    private static List<Suggestion> suggest(List<CarTransaction> transactions, List<Receipt> receipts) {
        return LinkSuggestions.suggest(transactions, receipts);
    }

    @Test
    void proposesAnFxFeeUpToThreePercentBelowTheCharge() {
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "97.00"))))
                .containsExactly(new Suggestion(List.of("T1"), List.of("R1"), LinkReason.FX_FEE, new BigDecimal("3.00")));
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "99.99"))))
                .extracting(Suggestion::reason).containsExactly(LinkReason.FX_FEE);
    }

    @Test
    void proposesATipAboveThreeAndUpToThirtyPercentBelowTheCharge() {
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "96.99"))))
                .containsExactly(new Suggestion(List.of("T1"), List.of("R1"), LinkReason.TIP, new BigDecimal("3.01")));
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "70.00"))))
                .extracting(Suggestion::reason).containsExactly(LinkReason.TIP);
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "69.99")))).isEmpty();
    }

    @Test
    void measuresThePercentageAgainstTheCharge() {
        // $3.00 is 3% of the $100.00 charge (a fee) but 3.09% of the $97.00 receipt (it would be a tip)
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "97.00"))))
                .extracting(Suggestion::reason).containsExactly(LinkReason.FX_FEE);
        // $30.00 is 30% of the $100.00 charge (a tip) but 42.9% of the $70.00 receipt
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "70.00"))))
                .extracting(Suggestion::reason).containsExactly(LinkReason.TIP);
    }

    @Test
    void proposesNothingForAReceiptAtOrAboveTheCharge() {
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "100.00")))).isEmpty();
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "100.01")))).isEmpty();
    }

    @Test
    void wantsTheReceiptWithinThreeDaysEitherSide() {
        CarTransaction t = tx("T1", "10", "100.00");
        assertThat(suggest(List.of(t), List.of(receipt("R1", "13", "90.00")))).hasSize(1);
        assertThat(suggest(List.of(t), List.of(receipt("R1", "07", "90.00")))).hasSize(1);
        assertThat(suggest(List.of(t), List.of(receipt("R1", "14", "90.00")))).isEmpty();
        assertThat(suggest(List.of(t), List.of(receipt("R1", "06", "90.00")))).isEmpty();
    }

    @Test
    void ignoresCredits() {
        assertThat(suggest(List.of(tx("T1", "10", "-100.00")), List.of(receipt("R1", "10", "-110.00")))).isEmpty();
        assertThat(suggest(List.of(tx("T1", "10", "100.00")), List.of(receipt("R1", "10", "-90.00")))).isEmpty();
    }

    @Test
    void proposesTwoChargesThatAddUpToOneReceiptToTheCent() {
        List<CarTransaction> parts = List.of(tx("T1", "10", "60.00"), tx("T2", "12", "40.10"));
        assertThat(suggest(parts, List.of(receipt("R1", "09", "100.10"))))
                .containsExactly(new Suggestion(List.of("T1", "T2"), List.of("R1"), LinkReason.SPLIT_CHARGE,
                        new BigDecimal("0.00")));
        assertThat(suggest(parts, List.of(receipt("R1", "09", "100.11")))).isEmpty();
    }

    @Test
    void proposesThreeChargesThatAddUpToOneReceipt() {
        List<CarTransaction> parts = List.of(tx("T1", "10", "60.00"), tx("T2", "12", "40.10"), tx("T3", "15", "9.90"));
        assertThat(suggest(parts, List.of(receipt("R1", "09", "110.00"))))
                .extracting(Suggestion::transactions).containsExactly(List.of("T1", "T2", "T3"));
    }

    @Test
    void proposesNoFourPartSplit() {
        List<CarTransaction> parts = List.of(tx("T1", "10", "10.00"), tx("T2", "10", "20.00"), tx("T3", "10", "30.00"),
                tx("T4", "10", "40.00"));
        assertThat(suggest(parts, List.of(receipt("R1", "10", "100.00")))).isEmpty();
    }

    @Test
    void wantsEverySplitPartWithinSevenDays() {
        assertThat(suggest(List.of(tx("T1", "02", "60.00"), tx("T2", "16", "40.00")),
                List.of(receipt("R1", "09", "100.00")))).hasSize(1);
        assertThat(suggest(List.of(tx("T1", "02", "60.00"), tx("T2", "17", "40.00")),
                List.of(receipt("R1", "09", "100.00")))).isEmpty();
    }

    @Test
    void proposesReceiptsThatAddUpToOneCharge() {
        assertThat(suggest(List.of(tx("T1", "10", "150.00")),
                List.of(receipt("R1", "08", "100.00"), receipt("R2", "17", "50.00"), receipt("R3", "18", "50.00"))))
                .containsExactly(new Suggestion(List.of("T1"), List.of("R1", "R2"), LinkReason.SPLIT_CHARGE,
                        new BigDecimal("0.00")));
        assertThat(suggest(List.of(tx("T1", "10", "150.00")),
                List.of(receipt("R1", "08", "100.00"), receipt("R2", "11", "25.00"), receipt("R3", "12", "25.00"))))
                .extracting(Suggestion::receipts).containsExactly(List.of("R1", "R2", "R3"));
    }

    @Test
    void offersEveryCandidateAndLeavesTheChoiceToTheClerk() {
        List<Suggestion> suggestions = suggest(List.of(tx("T1", "10", "100.00"), tx("T2", "11", "100.00")),
                List.of(receipt("R1", "10", "98.00")));
        assertThat(suggestions).extracting(Suggestion::transactions)
                .containsExactly(List.of("T1"), List.of("T2"));
    }
}
