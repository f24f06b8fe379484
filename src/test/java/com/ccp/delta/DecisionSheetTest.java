package com.ccp.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionSheetTest {

    private static ChangeLine line(String id, ChangeType type, boolean receiptsChanged) {
        return new ChangeLine(id, "Name " + id, type, BigDecimal.ONE, BigDecimal.TEN, 1, 2, 1, 0, receiptsChanged,
                null);
    }

    private final List<ChangeLine> lines = List.of(
            line("E1", ChangeType.AMOUNT_CHANGED, true),
            line("E2", ChangeType.NEW_EMPLOYEE, true),
            line("E3", ChangeType.NO_CHANGE, false),
            line("E4", ChangeType.STILL_MISSING, false),
            line("E5", ChangeType.NO_CHANGE, true),
            line("E6", ChangeType.REMOVED, true));

    @Test
    void onlyLinesThatChangeAnAmountOrAReceiptNeedADecision() {
        assertThat(lines.stream().filter(DecisionSheet::needsDecision).map(ChangeLine::employeeId))
                .containsExactly("E1", "E2", "E5", "E6");
    }

    @Test
    void theTallyCountsUndecidedChangesAsRejected() {
        DecisionSheet.Tally tally = DecisionSheet.tally(lines,
                Map.of("E1", Decision.ACCEPT, "E2", Decision.REJECT, "E3", Decision.REJECT));
        assertThat(tally).isEqualTo(new DecisionSheet.Tally(1, 1, 2));
        assertThat(tally.text()).isEqualTo("1 change accepted, 1 rejected, 2 undecided (counted as rejected)");
        assertThat(DecisionSheet.tally(lines, DecisionSheet.all(lines, Decision.ACCEPT)).text())
                .isEqualTo("4 changes accepted, 0 rejected");
    }

    @Test
    void theSelectionTakesLinesWithoutADecisionAsTheyAreAndLeavesUndecidedChangesOut() {
        DeltaService.Selection selection = DecisionSheet.selection(lines,
                Map.of("E1", Decision.ACCEPT, "E2", Decision.REJECT, "E4", Decision.REJECT));
        assertThat(selection.all()).isFalse();
        assertThat(selection.accept()).containsExactlyInAnyOrder("E1", "E3", "E4");
        assertThat(selection.reject()).containsExactly("E2");
    }

    @Test
    void anApplyCountsEveryChangeNotAcceptedAsRejected() {
        assertThat(DecisionSheet.applied(lines, Set.of("E1", "E3")).text()).isEqualTo("1 change accepted, 3 rejected");
    }
}
