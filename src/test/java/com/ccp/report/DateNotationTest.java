package com.ccp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNotationTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MM/dd/yyyy   | 03/02/2025   | 2025-03-02
            MM/dd/yyyy   | 3/2/2025     | 2025-03-02
            MM/dd/yy     | 03/02/25     | 2025-03-02
            MM/dd/yy     | 12/31/99     | 2099-12-31
            yyyy-MM-dd   | 2025-11-30   | 2025-11-30
            dd-MMM-yyyy  | 02-Mar-2025  | 2025-03-02
            dd-MMM-yyyy  | 02-MAR-2025  | 2025-03-02
            dd MMMM yyyy | 2 March 2025 | 2025-03-02
            dd.MM.yyyy   | 31.12.2025   | 2025-12-31
            EEE dd/MM/yy | Sun 02/03/25 | 2025-03-02
            """)
    void readsDatesOfThePattern(String pattern, String printed, LocalDate date) {
        DateNotation notation = DateNotation.of(pattern);

        assertThat(Pattern.compile(notation.regex()).matcher(printed).matches()).isTrue();
        assertThat(notation.parse(printed)).contains(date);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MM/dd/yyyy  | 13/45/2025
            dd-MMM-yyyy | 02-Foo-2025
            yyyy-MM-dd  | 2025-00-10
            """)
    void aDateOfTheRightShapeThatDoesNotExistIsEmpty(String pattern, String printed) {
        DateNotation notation = DateNotation.of(pattern);

        assertThat(Pattern.compile(notation.regex()).matcher(printed).matches()).isTrue();
        assertThat(notation.parse(printed)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            yyyy-MM-dd HH:mm | may only use
            MM/yyyy          | the day (d)
            dd/MM            | the year (y)
            'x               | not a date pattern
            " "              | empty
            {{               | not a date pattern
            """)
    void refusesPatternsThatAreNotADate(String pattern, String problem) {
        assertThatThrownBy(() -> DateNotation.of(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }
}
