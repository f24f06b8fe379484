package com.ccp.delta;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.delta.AcceptPreview.IssueChange;
import com.ccp.delta.AcceptPreview.IssueState;
import com.ccp.delta.AcceptPreview.ReceiptKind;
import com.ccp.employee.Outcome;
import com.ccp.employee.StoredEmployees;
import com.ccp.employee.VersionedReceipt;
import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.Flag;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptPreviewTest {

    private static VersionedReceipt receipt(String id, String amount, int version, int page) {
        return new VersionedReceipt(new Receipt(id, LocalDate.of(2026, 11, 3), "Hotel", new BigDecimal(amount),
                "Main St", "Clerk", "Travel", true, 1, page), version);
    }

    private static final ChangeLine LINE = new ChangeLine("E1", "Ann Lee", ChangeType.AMOUNT_CHANGED,
            new BigDecimal("30.00"), new BigDecimal("95.00"), 2, 3, 1, 1, true, null);

    @Test
    void receiptsAreNewChangedOrRemovedAndAReprintElsewhereIsNoChange() {
        List<VersionedReceipt> before = List.of(receipt("R1", "10.00", 1, 4), receipt("R2", "20.00", 1, 4),
                receipt("R9", "5.00", 1, 5));
        List<VersionedReceipt> after = List.of(receipt("R1", "10.00", 2, 7), receipt("R2", "25.00", 2, 7),
                receipt("R3", "60.00", 2, 8));
        AcceptPreview preview = AcceptPreview.of(LINE, before, new Outcome("Ann Lee", null, after, List.of(),
                List.of()), List.of());

        assertThat(preview.receipts()).extracting(AcceptPreview.ReceiptChange::kind,
                AcceptPreview.ReceiptChange::receiptId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReceiptKind.CHANGED, "R2"),
                        org.assertj.core.groups.Tuple.tuple(ReceiptKind.ADDED, "R3"),
                        org.assertj.core.groups.Tuple.tuple(ReceiptKind.REMOVED, "R9"));
        assertThat(preview.receipts().getFirst().before().amount()).isEqualByComparingTo("20.00");
        assertThat(preview.receipts().getFirst().after().amount()).isEqualByComparingTo("25.00");
    }

    @Test
    void issuesKeepTheirResolutionWhenTheSameFindingRemainsAndGoWhenItIsGone() {
        List<StoredEmployees.Issue> before = List.of(
                new StoredEmployees.Issue("MISSING_RECEIPT", "MISSING_RECEIPT:T1", "no receipt for T1", new BigDecimal("-60.00"),
                        false),
                new StoredEmployees.Issue("MISSING_CODING", "MISSING_CODING:R1", "R1 has no coding", null, true),
                new StoredEmployees.Issue("TOTAL_MISMATCH", "TOTAL_MISMATCH", "totals differ by 60", new BigDecimal("60.00"),
                        false));
        List<Finding> after = List.of(
                new Finding(Flag.MISSING_CODING, "MISSING_CODING:R1", "R1 has no coding", null),
                new Finding(Flag.TOTAL_MISMATCH, "TOTAL_MISMATCH", "totals differ by 5", new BigDecimal("5.00")),
                new Finding(Flag.MISSING_ATTACHMENT, "MISSING_ATTACHMENT:R3", "R3 has no image", null));
        AcceptPreview preview = AcceptPreview.of(LINE, List.of(), new Outcome(null, null, List.of(), List.of(),
                after), before);

        assertThat(preview.issues()).containsExactlyInAnyOrder(
                new IssueChange("MISSING_CODING", "R1 has no coding", IssueState.RESOLVED, IssueState.RESOLVED),
                new IssueChange("TOTAL_MISMATCH", "totals differ by 5", IssueState.OPEN, IssueState.OPEN),
                new IssueChange("MISSING_ATTACHMENT", "R3 has no image", IssueState.NONE, IssueState.OPEN),
                new IssueChange("MISSING_RECEIPT", "no receipt for T1", IssueState.OPEN, IssueState.NONE));
        assertThat(preview.openFlagsBefore()).containsExactly("MISSING_RECEIPT", "TOTAL_MISMATCH");
        assertThat(preview.openFlagsAfter()).containsExactly("MISSING_ATTACHMENT", "TOTAL_MISMATCH");
    }
}
