package com.ccp.sample;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** The written reports, their truth, and per employee the transactions and receipts generated. */
public record SampleSet(SampleSpec spec, Path car, Path receipts, Expected expected,
        List<GeneratedEmployee> employees) {

    public SampleSet {
        employees = List.copyOf(employees);
    }

    public GeneratedEmployee employee(String employeeId) {
        return employees.stream().filter(e -> e.employeeId().equals(employeeId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no employee " + employeeId));
    }
}
