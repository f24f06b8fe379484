package com.ccp.ingestion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a profile reads from a sample PDF (api.md "Report profiles", check): nothing of it is stored.
 * {@code printedTotal} is the CAR's report total, or the sum of the receipt lists' printed totals;
 * {@code totalsAgree} is true when every printed total and count equals what was read.
 */
public record ProfileCheck(String kind, String period, String company, int pages, int sections, int records,
        BigDecimal total, @Nullable BigDecimal printedTotal, boolean totalsAgree, List<Warning> warnings,
        List<Map<String, Object>> first) {

    public record Warning(int page, String message) {
    }
}
