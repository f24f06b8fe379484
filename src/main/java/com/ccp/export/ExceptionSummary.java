package com.ccp.export;

import com.ccp.employee.ListedIssue;
import com.ccp.reconciliation.Flag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Per flag: how many issues, of how many employees, and an amount that means something: for missing
 * receipts the card spend they leave unsupported, for total mismatches the size of the differences
 * (sign ignored).
 */
record ExceptionSummary(String flag, int issues, int employees, @Nullable BigDecimal amountImpact) {

    /** One row per flag, in flag order. */
    static List<ExceptionSummary> of(List<ListedIssue> issues) {
        Map<String, List<ListedIssue>> byFlag = issues.stream()
                .collect(Collectors.groupingBy(ListedIssue::flag, TreeMap::new, Collectors.toList()));
        List<ExceptionSummary> rows = new ArrayList<>();
        byFlag.forEach((flag, list) -> rows.add(new ExceptionSummary(flag, list.size(),
                new HashSet<>(list.stream().map(ListedIssue::employeeRef).toList()).size(), amount(flag, list))));
        return rows;
    }

    /** Distinct employees over all flags. */
    static int employees(List<ListedIssue> issues) {
        return new HashSet<>(issues.stream().map(ListedIssue::employeeRef).toList()).size();
    }

    private static @Nullable BigDecimal amount(String flag, List<ListedIssue> issues) {
        return issues.stream().map(ListedIssue::amountImpact).filter(Objects::nonNull)
                .map(amount -> flag.equals(Flag.TOTAL_MISMATCH.name()) ? amount.abs() : amount)
                .reduce(BigDecimal::add).orElse(null);
    }
}
