package com.ccp.employee;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.Flag;
import com.ccp.report.PageRange;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a late-receipt apply on one employee's rows, without a database. */
class ChangeRowsTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    private final ChangeRows rows = new ChangeRows("session-1", 2, "alice", AT);

    @Test
    void anIssueWhoseFindingStillExistsKeepsItsResolutionAndTheOthersAreReplaced() {
        ChangeRows.Employee stored = new ChangeRows.Employee("ref-1", 1, money("100.00"), money("60.00"));
        List<ChangeRows.StoredIssue> issues = List.of(
                new ChangeRows.StoredIssue("kept-resolved", "MISSING_RECEIPT:R1", money("10.00"), true),
                new ChangeRows.StoredIssue("amount-changed", "TOTAL_MISMATCH", money("40.00"), false),
                new ChangeRows.StoredIssue("gone", "MISSING_RECEIPT:R9", money("5.00"), true));
        Outcome outcome = outcome(List.of(
                new Finding(Flag.MISSING_RECEIPT, "MISSING_RECEIPT:R1", "No receipt for R1, still", money("10.00")),
                new Finding(Flag.TOTAL_MISMATCH, "TOTAL_MISMATCH", "CAR total differs", money("25.00")),
                new Finding(Flag.MISSING_CODING, "MISSING_CODING:R2", "No coding for R2", null)));

        rows.add(new AcceptedChange("E1", outcome, true, "receipts changed"), stored, issues);

        assertThat(rows.issueDetails).singleElement()
                .satisfies(row -> assertThat(row).containsExactly("No receipt for R1, still", "kept-resolved"));
        assertThat(rows.issuesGone).extracting(row -> row[0]).containsExactlyInAnyOrder("amount-changed", "gone");
        assertThat(rows.newIssues).extracting(row -> row[4]).containsExactly("TOTAL_MISMATCH", "MISSING_CODING:R2");
        Object[] employee = rows.employees.getFirst();
        assertThat(employee[3]).as("open issues: the two new ones; the kept one stays resolved").isEqualTo(2);
        assertThat(employee[4]).isEqualTo("MISSING_CODING,MISSING_RECEIPT,TOTAL_MISMATCH");
    }

    @Test
    void changedReceiptsMakeANewRevisionThatKeepsThePreviousTotals() {
        ChangeRows.Employee stored = new ChangeRows.Employee("ref-1", 3, money("100.00"), money("60.00"));

        rows.add(new AcceptedChange("E1", outcome(List.of()), true, "1 receipt added"), stored, List.of());

        assertThat(rows.employees.getFirst()[5]).isEqualTo(4);
        assertThat(rows.revisions).singleElement().satisfies(row -> assertThat(Arrays.asList(row))
                .containsSubsequence("ref-1", 4, money("100.00"), money("75.00"), "1 receipt added", "alice")
                .contains(money("60.00"), true, 2));
    }

    @Test
    void unchangedReceiptsKeepTheRevision() {
        ChangeRows.Employee stored = new ChangeRows.Employee("ref-1", 3, money("100.00"), money("75.00"));

        rows.add(new AcceptedChange("E1", outcome(List.of()), false, "no change"), stored, List.of());

        assertThat(rows.employees.getFirst()[5]).isEqualTo(3);
        assertThat(rows.revisions).isEmpty();
    }

    @Test
    void anEmployeeFirstSeenInALateReportStartsAtRevisionOne() {
        rows.add(new AcceptedChange("E9", outcome(List.of()), true, "new employee"), null, List.of());

        assertThat(rows.newEmployees).singleElement().satisfies(row -> assertThat(row[2]).isEqualTo("E9"));
        assertThat(rows.revisions).singleElement().satisfies(row -> assertThat(row[1]).isEqualTo(1));
        assertThat(rows.employees.getFirst()[5]).isEqualTo(1);
        assertThat(rows.receipts).singleElement().satisfies(row -> assertThat(row[3]).isEqualTo("R1"));
    }

    private static Outcome outcome(List<Finding> findings) {
        Receipt receipt = new Receipt("R1", LocalDate.of(2026, 11, 3), "HARDWARE STORE", money("75.00"), null, null,
                null, true, 1, 4);
        return new Outcome("DOE, JANE", new PageRange(4, 4), List.of(new VersionedReceipt(receipt, 2)),
                Arrays.asList("R1", null), findings);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
