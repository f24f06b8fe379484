package com.ccp.base.ui;

import com.ccp.base.Formats;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void datesAreWrittenWithTheMonthInWordsSoNoReaderSwapsDayAndMonth() {
        assertThat(Formats.date(LocalDate.of(2026, 12, 3))).isEqualTo("3 Dec 2026");
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 12, 3, 8, 15).atZone(ZoneId.systemDefault()).toInstant()))
                .isEqualTo("3 Dec 2026 08:15");
        assertThat(Formats.month(YearMonth.of(2026, 11))).isEqualTo("Nov 2026");
    }

    @Test
    void aStoredPeriodReadsAsAMonthAndUnknownTextStaysAsItIs() {
        assertThat(Formats.period("2026-11")).isEqualTo("Nov 2026");
        assertThat(Formats.period("Q4 2026")).isEqualTo("Q4 2026");
        assertThat(Formats.period(null)).isEmpty();
        assertThat(Formats.date(null)).isEmpty();
    }

    @Test
    void datesInAStoredTextAreRewrittenAndNothingElse() {
        assertThat(Formats.datesIn("No receipt for 03/05/2025 CHEVRON 3603220 $136.86; 13/45/2025 stays"))
                .isEqualTo("No receipt for 5 Mar 2025 CHEVRON 3603220 $136.86; 13/45/2025 stays");
        assertThat(Formats.datesIn(null)).isEmpty();
    }
}
