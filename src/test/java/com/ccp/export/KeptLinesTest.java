package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.report.LineSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptLinesTest {

    private static final List<String> PAGE = List.of("CARDHOLDER ACTIVITY REPORT", "Acme", "Statement Period: x",
            "Cardholder: A", "a1", "Cardholder Total: 1", "Cardholder: B", "b1", "Report Total: 2", "Printed footer");

    @Test
    void keepsHeaderFooterAndOwnLinesOnly() {
        assertThat(KeptLines.keep(PAGE, List.of(new LineSpan(1, 6, 7)), List.of(new LineSpan(1, 3, 5))).stream())
                .containsExactly(0, 1, 2, 6, 7, 9);
    }

    @Test
    void anotherSectionsLineNeverStaysEvenWhereAHeaderOrFooterWouldBe() {
        List<String> noFooter = PAGE.subList(0, 8);
        assertThat(KeptLines.keep(noFooter, List.of(new LineSpan(1, 3, 5)), List.of(new LineSpan(1, 6, 7))).stream())
                .containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aPageNumberOnALineOfItsOwnCountsWithTheHeader() {
        List<String> numbered = List.of("Page 3 of 9", "CAR", "Acme", "Period", "Cardholder: A", "a1", "footer");
        assertThat(KeptLines.keep(numbered, List.of(), List.of(new LineSpan(1, 4, 5))).stream())
                .containsExactly(0, 1, 2, 3, 6);
    }
}
