package com.ccp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.Expected;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Compares the API's employee rows with a generated set's truth, field by field. */
public final class ExpectedEmployees {

    private ExpectedEmployees() {
    }

    /** Every row of {@code GET /api/sessions/{id}/employees} against the truth, in employee-ID order. */
    public static void assertRows(JsonNode employees, Expected expected) {
        assertThat(employees.size()).isEqualTo(expected.employees().size());
        for (int i = 0; i < employees.size(); i++) {
            assertRow(employees.get(i), expected.employees().get(i));
        }
    }

    public static void assertRow(JsonNode actual, Expected.Employee expected) {
        String who = expected.employeeId() + " " + expected.notes();
        assertThat(actual.path("employeeId").asString()).isEqualTo(expected.employeeId());
        assertThat(actual.path("name").asString()).as(who)
                .isEqualTo(expected.carName() != null ? expected.carName() : expected.receiptName());
        assertThat(new BigDecimal(actual.path("carTotal").asString())).as(who).isEqualByComparingTo(expected.carTotal());
        assertThat(actual.path("carTotal").asString()).as(who).matches("-?\\d+\\.\\d{2}");
        assertThat(new BigDecimal(actual.path("receiptTotal").asString())).as(who)
                .isEqualByComparingTo(expected.receiptTotal());
        assertThat(actual.path("transactionCount").asInt()).as(who).isEqualTo(expected.transactionCount());
        assertThat(actual.path("receiptCount").asInt()).as(who).isEqualTo(expected.receiptCount());
        assertThat(pages(actual.path("carPages"))).as(who).isEqualTo(expected.carPages());
        assertThat(pages(actual.path("receiptPages"))).as(who).isEqualTo(expected.receiptPages());
        List<String> flags = new ArrayList<>();
        actual.path("flags").forEach(flag -> flags.add(flag.asString()));
        assertThat(flags).as(who).isEqualTo(expected.flags());
        assertThat(actual.path("status").asString()).as(who).isEqualTo(expected.ready() ? "READY" : "EXCEPTION");
    }

    /** The employee rows after a late receipt report was applied, against the merged month's truth. */
    public static void assertMergedMonth(JsonNode employees, Expected expected) {
        assertThat(employees.size()).isEqualTo(expected.employees().size());
        for (int i = 0; i < employees.size(); i++) {
            JsonNode actual = employees.get(i);
            Expected.Employee truth = expected.employees().get(i);
            String who = truth.employeeId() + " " + truth.notes();
            assertThat(actual.path("employeeId").asString()).isEqualTo(truth.employeeId());
            assertThat(new BigDecimal(actual.path("receiptTotal").asString())).as(who).isEqualByComparingTo(truth.receiptTotal());
            assertThat(new BigDecimal(actual.path("carTotal").asString())).as(who).isEqualByComparingTo(truth.carTotal());
            assertThat(actual.path("receiptCount").asInt()).as(who).isEqualTo(truth.receiptCount());
            assertThat(pages(actual.path("receiptPages"))).as(who).isEqualTo(truth.receiptPages());
            List<String> flags = new ArrayList<>();
            actual.path("flags").forEach(flag -> flags.add(flag.asString()));
            assertThat(flags).as(who).isEqualTo(truth.flags());
            assertThat(actual.path("status").asString()).as(who).isEqualTo(truth.ready() ? "READY" : "EXCEPTION");
        }
    }

    /** Rows of a list by their {@code employeeId}. */
    public static Map<String, JsonNode> byEmployee(JsonNode list) {
        Map<String, JsonNode> map = new HashMap<>();
        list.forEach(node -> map.put(node.path("employeeId").asString(), node));
        return map;
    }

    public static List<Integer> pages(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        return List.of(node.get(0).asInt(), node.get(1).asInt());
    }
}
