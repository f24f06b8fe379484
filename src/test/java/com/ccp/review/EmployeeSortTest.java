package com.ccp.review;

import com.ccp.employee.EmployeeRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployeeSortTest {

    private static EmployeeRow row(String id, String car, String receipts, int open, Integer batch) {
        return new EmployeeRow("ref-" + id, id, "Name " + id, null, new BigDecimal(car), new BigDecimal(receipts), 1, 1,
                null, null, List.of(), List.of(), open, 1, 0, batch);
    }

    private static List<String> ids(List<EmployeeRow> rows, EmployeeSort sort, boolean descending) {
        return rows.stream().sorted(sort.comparator(descending)).map(EmployeeRow::employeeId).toList();
    }

    @Test
    void theDifferenceSortsByItsSizeWhicheverSideIsShort() {
        List<EmployeeRow> rows = List.of(row("1", "10.00", "10.00", 0, null), row("2", "10.00", "40.00", 1, null),
                row("3", "25.00", "10.00", 1, null));
        assertThat(ids(rows, EmployeeSort.DIFFERENCE, true)).containsExactly("2", "3", "1");
        assertThat(ids(rows, EmployeeSort.DIFFERENCE, false)).containsExactly("1", "3", "2");
    }

    @Test
    void tiesFallBackToTheEmployeeIdAscendingInBothDirections() {
        List<EmployeeRow> rows = List.of(row("3", "1", "1", 2, 1), row("1", "1", "1", 2, 1), row("2", "1", "1", 0, null));
        assertThat(ids(rows, EmployeeSort.STATUS, false)).containsExactly("2", "1", "3");
        assertThat(ids(rows, EmployeeSort.STATUS, true)).containsExactly("1", "3", "2");
        assertThat(ids(rows, EmployeeSort.EXPORTED, true)).containsExactly("1", "3", "2");
    }

    @Test
    void everySortHasAUrlKeyThatLeadsBackToIt() {
        for (EmployeeSort sort : EmployeeSort.values()) {
            assertThat(EmployeeSort.ofKey(sort.key())).contains(sort);
        }
        assertThat(EmployeeSort.CAR_TOTAL.key()).isEqualTo("car-total");
        assertThat(EmployeeSort.ofKey("nonsense")).isEmpty();
    }
}
