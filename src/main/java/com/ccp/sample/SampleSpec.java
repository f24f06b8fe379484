package com.ccp.sample;

import java.time.YearMonth;

/** What to generate: the same spec always gives the same reports and truth. */
public record SampleSpec(long seed, int employees, Layout layout, String company, YearMonth period,
        SampleWording wording) {

    public SampleSpec(long seed, int employees, Layout layout, String company, YearMonth period) {
        this(seed, employees, layout, company, period, SampleWording.STANDARD);
    }

    /** The same month printed in another issuer's and expense tool's wording. */
    public SampleSpec in(SampleWording otherWording) {
        return new SampleSpec(seed, employees, layout, company, period, otherWording);
    }

    public SampleSpec {
        if (employees < 1) {
            throw new IllegalArgumentException("employees must be at least 1, was " + employees);
        }
        if (company.isBlank()) {
            throw new IllegalArgumentException("company must not be blank");
        }
    }

    /** STANDARD layout for Acme Construction, March 2025 (like the reference sample "small"). */
    public static SampleSpec standard(long seed, int employees) {
        return new SampleSpec(seed, employees, Layout.STANDARD, "Acme Construction, Inc.", YearMonth.of(2025, 3));
    }

    /** ALT layout for Northwind Builders, November 2025 (like the reference sample "alt"). */
    public static SampleSpec alt(long seed, int employees) {
        return new SampleSpec(seed, employees, Layout.ALT, "Northwind Builders LLC", YearMonth.of(2025, 11));
    }

    public static SampleSpec of(long seed, int employees, Layout layout) {
        return layout == Layout.STANDARD ? standard(seed, employees) : alt(seed, employees);
    }
}
