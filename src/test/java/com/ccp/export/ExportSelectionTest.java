package com.ccp.export;

import com.ccp.employee.ExportCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExportSelectionTest {

    private static final ExportCandidate NEW = candidate("001", 0, false, false);
    private static final ExportCandidate CHANGED = candidate("002", 0, false, true);
    private static final ExportCandidate ALREADY = candidate("003", 0, true, true);
    private static final ExportCandidate NOT_READY = candidate("004", 2, false, false);
    private static final ExportCandidate NOT_READY_EXPORTED = candidate("005", 1, true, true);
    private static final List<ExportCandidate> ALL = List.of(NEW, CHANGED, ALREADY, NOT_READY, NOT_READY_EXPORTED);

    @Test
    void deltaSendsNewAndChangedReadyEmployees() {
        ExportSelection selection = ExportSelection.of(ALL, ExportMode.DELTA);

        assertThat(selection.toSend()).containsExactly(NEW, CHANGED);
        assertThat(selection.toMark()).containsExactly(NEW, CHANGED);
        assertThat(selection.willExport()).isEqualTo(2);
    }

    @Test
    void allSendsEveryReadyEmployeeButMarksOnlyNeverExportedRevisions() {
        ExportSelection selection = ExportSelection.of(ALL, ExportMode.ALL);

        assertThat(selection.toSend()).containsExactly(NEW, CHANGED, ALREADY);
        assertThat(selection.toMark()).containsExactly(NEW, CHANGED);
    }

    @Test
    void countsSplitReadyEmployeesAndNotReadyOnesWhateverTheMode() {
        for (ExportMode mode : ExportMode.values()) {
            ExportSelection selection = ExportSelection.of(ALL, mode);

            assertThat(selection.newEmployees()).isEqualTo(1);
            assertThat(selection.changedEmployees()).isEqualTo(1);
            assertThat(selection.alreadyExported()).isEqualTo(1);
            assertThat(selection.notReady()).isEqualTo(2);
        }
    }

    @Test
    void anEmployeeWithNoTransactionAndNoReceiptLeftIsNotCountedOrSent() {
        ExportCandidate emptied = new ExportCandidate("ref-006", "006", "Receipts removed", null, null, null, 2, 0,
                false, true, 0);
        for (ExportMode mode : ExportMode.values()) {
            ExportSelection selection = ExportSelection.of(List.of(NEW, emptied), mode);

            assertThat(selection.toSend()).containsExactly(NEW);
            assertThat(selection.changedEmployees()).isZero();
            assertThat(selection.notReady()).isZero();
        }
    }

    @Test
    void notReadyEmployeesNeverGoOut() {
        ExportSelection selection = ExportSelection.of(List.of(NOT_READY, NOT_READY_EXPORTED), ExportMode.ALL);

        assertThat(selection.toSend()).isEmpty();
        assertThat(selection.willExport()).isZero();
    }

    private static ExportCandidate candidate(String id, int openIssues, boolean currentExported, boolean everExported) {
        return new ExportCandidate("ref-" + id, id, "NAME " + id, "1234", 1, 1, everExported ? 2 : 1, openIssues,
                currentExported, everExported, 3);
    }
}
