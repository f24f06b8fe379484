package com.ccp.report;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A parsed Cardholder Activity Report. */
public record CarReport(
        String company,
        StatementPeriod period,
        List<Cardholder> cardholders,
        @Nullable BigDecimal printedReportTotal,
        @Nullable Integer printedCardholders,
        @Nullable Integer printedTransactions,
        int pageCount,
        List<ParseWarning> warnings) {

    public CarReport {
        cardholders = List.copyOf(cardholders);
        warnings = List.copyOf(warnings);
    }
}
