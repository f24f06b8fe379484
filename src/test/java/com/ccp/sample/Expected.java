package com.ccp.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The truth of one generated month, field for field like {@code shared/samples/*}/expected.json.
 * Amounts have scale 2; page ranges are {@code [first, last]} (1-based) or null.
 */
public record Expected(String period, String company, int cardholders, int transactions, BigDecimal reportTotal,
        int receiptEmployees, int receipts, BigDecimal receiptTotal, int carPageCount, int receiptPageCount,
        List<String> quirks, List<Employee> employees) {

    public record Employee(String employeeId, @Nullable String carName, @Nullable String receiptName,
            BigDecimal carTotal, BigDecimal receiptTotal, int transactionCount, int receiptCount,
            @Nullable List<Integer> carPages, @Nullable List<Integer> receiptPages, List<String> flags,
            int uncodedTransactions, int unmatchedTransactions, List<String> notes) {

        public boolean ready() {
            return flags.isEmpty();
        }
    }

    public Optional<Employee> employee(String employeeId) {
        return employees.stream().filter(e -> e.employeeId().equals(employeeId)).findFirst();
    }
}
