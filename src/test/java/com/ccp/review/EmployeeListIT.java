package com.ccp.review;

import com.ccp.employee.EmployeeFilter;
import com.ccp.employee.EmployeeRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSpec;
import com.ccp.security.Actor;
import com.ccp.security.Role;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session page's list on the real database: search by name or ID, every order ending in the
 * Employee ID, previous/next within the filtered order, and the export batch that sent each employee.
 */
@IntegrationTest
class EmployeeListIT {

    private static final Actor ALICE = new Actor("alice", Set.of(Role.USER), null);

    @LocalServerPort
    int port;

    @Autowired
    EmployeeService employees;

    @Test
    void searchOrderNeighboursAndTheExportedBatch() throws Exception {
        ApiClient alice = new ApiClient(port, "alice");
        var set = Samples.of(SampleSpec.standard(83, 12));
        String session = alice.completedSession("List", set.car(), set.receipts());

        List<EmployeeRow> all = employees.employees(ALICE, session, EmployeeFilter.all());
        EmployeeRow someone = all.get(5);
        String surname = someone.name().split("[ ,]")[0].toLowerCase();
        assertThat(employees.employees(ALICE, session, new EmployeeFilter(null, null, false, surname)))
                .extracting(EmployeeRow::employeeId).contains(someone.employeeId())
                .allSatisfy(id -> assertThat(all.stream().filter(e -> e.employeeId().equals(id)).findFirst()
                        .orElseThrow().name().toLowerCase()).contains(surname));
        assertThat(employees.employees(ALICE, session, new EmployeeFilter(null, null, false,
                someone.employeeId().substring(1)))).extracting(EmployeeRow::employeeId).contains(someone.employeeId());
        assertThat(employees.employees(ALICE, session, new EmployeeFilter(null, null, false, "%"))).isEmpty();

        EmployeeFilter exceptions = new EmployeeFilter(null, EmployeeFilter.Status.EXCEPTION);
        List<EmployeeRow> byDifference = employees.employees(ALICE, session, exceptions, EmployeeSort.DIFFERENCE, true);
        assertThat(byDifference).isNotEmpty().allMatch(e -> !e.ready())
                .isSortedAccordingTo(Comparator.comparing((EmployeeRow e) -> e.difference().abs()).reversed());
        EmployeeService.Neighbours first = employees.neighbours(ALICE, session, exceptions, EmployeeSort.DIFFERENCE, true,
                byDifference.getFirst().employeeId());
        assertThat(first.previous()).isNull();
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.count()).isEqualTo(byDifference.size());
        if (byDifference.size() > 1) {
            assertThat(first.next()).isEqualTo(byDifference.get(1).employeeId());
        }
        String ready = all.stream().filter(EmployeeRow::ready).findFirst().orElseThrow().employeeId();
        assertThat(employees.neighbours(ALICE, session, exceptions, EmployeeSort.DIFFERENCE, true, ready).position())
                .as("an employee outside the filter has no place in it").isZero();

        assertThat(all).allMatch(e -> e.exportedBatch() == null);
        assertThat(alice.postJson("/api/sessions/" + session + "/exports", ApiClient.json("mode", "DELTA",
                "allowDuplicates", true)).status()).as("an earlier run may have sent the same generated month")
                .isBetween(200, 299);
        List<EmployeeRow> after = employees.employees(ALICE, session, EmployeeFilter.all());
        assertThat(after.stream().filter(EmployeeRow::ready)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.exportedBatch()).isEqualTo(1));
        assertThat(after.stream().filter(e -> !e.ready())).allSatisfy(e -> assertThat(e.exportedBatch()).isNull());
    }
}
