package com.ccp.sample;

import org.jspecify.annotations.Nullable;

/**
 * The coding lines printed under a CAR transaction. A GL account wins over job parts; a job part
 * that is null is printed as an empty label when {@code emptyLabels}, otherwise left out.
 */
public record Coding(@Nullable String job, @Nullable String phase, @Nullable String costType,
        @Nullable String glAccount, boolean emptyLabels) {

    public static Coding none() {
        return new Coding(null, null, null, null, false);
    }

    public static Coding job(String job, String phase, String costType) {
        return new Coding(job, phase, costType, null, false);
    }

    public static Coding gl(String glAccount) {
        return new Coding(null, null, null, glAccount, false);
    }

    /** formats.md §1: complete job coding (all three parts) or a GL account. */
    public boolean coded() {
        return glAccount != null || (job != null && phase != null && costType != null);
    }

    public boolean printsJobLine() {
        return glAccount == null && (job != null || phase != null || costType != null);
    }
}
