package com.ccp.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptMatcherTest {

    private static int references;

    static CarTransaction tx(String date, String amount) {
        LocalDate day = LocalDate.parse("2025-03-" + date);
        return new CarTransaction(day, day.plusDays(1), "REF" + (++references), "MERCHANT " + date,
                new BigDecimal(amount), "23-104", "0300", "M", null, null, 1);
    }

    static Receipt receipt(String id, String date, String amount) {
        return new Receipt(id, LocalDate.parse("2025-03-" + date), "Shop", new BigDecimal(amount),
                null, null, null, true, 1, 1);
    }

    private static Receipt partnerOf(List<TransactionMatch> matches, CarTransaction transaction) {
        return matches.stream().filter(m -> m.transaction() == transaction).findFirst().orElseThrow().receipt();
    }

    @Test
    void matchesEqualAmountsWithinThreeDaysInclusive() {
        CarTransaction t = tx("10", "45.10");
        CarTransaction credit = tx("12", "-23.99");

        assertThat(ReceiptMatcher.match(List.of(t), List.of(receipt("A", "13", "45.10"))).get(0).matched()).isTrue();
        assertThat(ReceiptMatcher.match(List.of(t), List.of(receipt("A", "07", "45.10"))).get(0).matched()).isTrue();
        assertThat(ReceiptMatcher.match(List.of(t), List.of(receipt("A", "14", "45.10"))).get(0).matched()).isFalse();
        assertThat(ReceiptMatcher.match(List.of(t), List.of(receipt("A", "10", "45.11"))).get(0).matched()).isFalse();
        assertThat(ReceiptMatcher.match(List.of(credit), List.of(receipt("C", "12", "-23.99"))).get(0).matched())
                .isTrue();
    }

    @Test
    void findsTheLargestMatchingWhereGreedyWouldNot() {
        CarTransaction first = tx("10", "50.00");
        CarTransaction second = tx("14", "50.00");
        Receipt near = receipt("NEAR", "11", "50.00");
        Receipt early = receipt("EARLY", "07", "50.00");

        List<TransactionMatch> matches = ReceiptMatcher.match(List.of(first, second), List.of(near, early));

        assertThat(partnerOf(matches, first)).isEqualTo(early);
        assertThat(partnerOf(matches, second)).isEqualTo(near);
    }

    @Test
    void choosesTheSmallestTotalDateGapAmongLargestMatchings() {
        CarTransaction first = tx("10", "50.00");
        CarTransaction second = tx("11", "50.00");
        Receipt sameDayAsSecond = receipt("A", "11", "50.00");
        Receipt twoDaysBefore = receipt("B", "08", "50.00");

        List<TransactionMatch> matches =
                ReceiptMatcher.match(List.of(first, second), List.of(sameDayAsSecond, twoDaysBefore));

        assertThat(partnerOf(matches, first)).isEqualTo(twoDaysBefore);
        assertThat(partnerOf(matches, second)).isEqualTo(sameDayAsSecond);
    }

    @Test
    void aTieGoesToTheEarlierTransaction() {
        CarTransaction later = tx("12", "75.00");
        CarTransaction earlier = tx("10", "75.00");
        Receipt between = receipt("R", "11", "75.00");

        List<TransactionMatch> matches = ReceiptMatcher.match(List.of(later, earlier), List.of(between));

        assertThat(matches).extracting(TransactionMatch::transaction).containsExactly(later, earlier);
        assertThat(partnerOf(matches, earlier)).isEqualTo(between);
        assertThat(partnerOf(matches, later)).isNull();
    }

    @Test
    void repeatedAmountsMatchOneToOneAndTellWhichTransactionTookTheReceipt() {
        CarTransaction first = tx("18", "29.49");
        CarTransaction second = tx("19", "29.49");
        Receipt only = receipt("R-12", "18", "29.49");

        List<TransactionMatch> matches = ReceiptMatcher.match(List.of(first, second), List.of(only));

        assertThat(partnerOf(matches, first)).isEqualTo(only);
        TransactionMatch unmatched = matches.get(1);
        assertThat(unmatched.receipt()).isNull();
        assertThat(unmatched.closest()).singleElement()
                .isEqualTo(new Candidate(only, "already matched to 03/18/2025 $29.49"));
    }

    @Test
    void anUnmatchedTransactionListsItsThreeClosestReceiptsWithReasons() {
        CarTransaction lumber = tx("21", "328.78");
        Receipt cheaper = receipt("R-15", "21", "307.10");
        Receipt late = receipt("R-16", "26", "328.78");
        Receipt early = receipt("R-17", "14", "328.78");
        Receipt far = receipt("R-18", "21", "1000.00");

        TransactionMatch match = ReceiptMatcher.match(List.of(lumber), List.of(far, cheaper, late, early)).get(0);

        assertThat(match.matched()).isFalse();
        assertThat(match.closest()).containsExactly(
                new Candidate(late, "dated 5 days after the transaction"),
                new Candidate(early, "dated 7 days before the transaction"),
                new Candidate(cheaper, "amount differs: $307.10 vs $328.78"));
    }

    @Test
    void matchedTransactionsHaveNoCandidatesAndOrderIsKept() {
        CarTransaction a = tx("05", "10.00");
        CarTransaction b = tx("01", "20.00");

        List<TransactionMatch> matches =
                ReceiptMatcher.match(List.of(a, b), List.of(receipt("X", "01", "20.00"), receipt("Y", "06", "10.00")));

        assertThat(matches).extracting(TransactionMatch::transaction).containsExactly(a, b);
        assertThat(matches).allSatisfy(m -> assertThat(m.closest()).isEmpty());
        assertThat(matches).extracting(m -> m.receipt().receiptId()).containsExactly("Y", "X");
    }

    @Test
    void handlesALargeGroupOfEqualAmounts() {
        List<CarTransaction> transactions = new java.util.ArrayList<>();
        List<Receipt> receipts = new java.util.ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            String d = String.format("%02d", day);
            transactions.add(tx(d, "9.99"));
            receipts.add(receipt("R" + d, d, "9.99"));
        }

        List<TransactionMatch> matches = ReceiptMatcher.match(transactions, receipts);

        assertThat(matches).allSatisfy(m -> assertThat(m.receipt().date()).isEqualTo(m.transaction().transDate()));
    }

    /** Over 100 connected transactions only the tie-break is simplified; size and total gap stay optimal. */
    @Test
    void aVeryLargeGroupStillGetsAMaximumMatchingWithTheSmallestGaps() {
        List<CarTransaction> transactions = new java.util.ArrayList<>();
        List<Receipt> receipts = new java.util.ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int day = 0; day < 150; day++) {
            LocalDate date = start.plusDays(day);
            transactions.add(new CarTransaction(date, date, "T" + day, "TOLL", new BigDecimal("1.50"),
                    null, null, null, "6420", null, 1));
            receipts.add(new Receipt("R" + day, date.plusDays(1), "Toll", new BigDecimal("1.50"),
                    null, null, null, true, 1, 1));
        }

        List<TransactionMatch> matches = ReceiptMatcher.match(transactions, receipts);

        assertThat(matches).allSatisfy(m -> assertThat(m.matched()).isTrue());
        assertThat(matches.stream().mapToLong(m -> java.time.temporal.ChronoUnit.DAYS
                .between(m.transaction().transDate(), m.receipt().date())).map(Math::abs).sum()).isEqualTo(150);
    }
}
