package com.ccp.sample;

import java.nio.file.Path;
import java.util.List;

/**
 * The written reports and per employee what was generated. Where the composers put each employee
 * stays inside the package: the tests derive the truth from it.
 */
public final class SampleReports {

    private final SampleSpec spec;
    private final Path car;
    private final Path receipts;
    private final List<GeneratedEmployee> employees;
    private final Composed carLayout;
    private final Composed receiptLayout;

    SampleReports(SampleSpec spec, Path car, Path receipts, List<GeneratedEmployee> employees, Composed carLayout,
            Composed receiptLayout) {
        this.spec = spec;
        this.car = car;
        this.receipts = receipts;
        this.employees = List.copyOf(employees);
        this.carLayout = carLayout;
        this.receiptLayout = receiptLayout;
    }

    public SampleSpec spec() {
        return spec;
    }

    public Path car() {
        return car;
    }

    public Path receipts() {
        return receipts;
    }

    public List<GeneratedEmployee> employees() {
        return employees;
    }

    public int carPageCount() {
        return carLayout.pageCount();
    }

    public int receiptPageCount() {
        return receiptLayout.pageCount();
    }

    Composed carLayout() {
        return carLayout;
    }

    Composed receiptLayout() {
        return receiptLayout;
    }
}
