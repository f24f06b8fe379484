package com.ccp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountNotationTest {

    @ParameterizedTest(name = "{0} / {1}: {2} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1,234.56      | (1,234.56)      | 1,234.56         | 1234.56
            1,234.56      | (1,234.56)      | (23.99)          | -23.99
            1,234.56      | (1,234.56)      | 12,345,678.90    | 12345678.90
            1,234.56      | (1,234.56)      | 1234.56          | 1234.56
            1,234.56      | (1,234.56)      | 0.00             | 0.00
            $1,234.56     | -$1,234.56      | $45.10           | 45.10
            $1,234.56     | -$1,234.56      | -$23.99          | -23.99
            $1,234.56     | -$1,234.56      | 45.10            | 45.10
            $1,234.56     | ($1,234.56)     | ($1,000.00)      | -1000.00
            1,234.56      | -1,234.56       | -7.50            | -7.50
            1,234.56      | 1,234.56-       | 7.50-            | -7.50
            1,234.56      | 1,234.56 CR     | 7.50 CR          | -7.50
            1,234.56      | 1,234.56 CR     | 7.50 cr          | -7.50
            1,234.56      | 1,234.56CR      | 7.50CR           | -7.50
            1,234.56      | 1,234.56CR      | 7.50 CR          | -7.50
            USD 1,234.56  | USD -1,234.56   | USD 9.99         | 9.99
            USD 1,234.56  | USD -1,234.56   | USD -9.99        | -9.99
            USD 1,234.56  | USD -1,234.56   | -9.99            | -9.99
            1.234,56 EUR  | 1.234,56- EUR   | 1.234,56- EUR    | -1234.56
            1.234,56 EUR  | 1.234,56- EUR   | 12,00 EUR        | 12.00
            EUR 1.234,56  | EUR -1.234,56   | EUR 1.234.567,89 | 1234567.89
            1 234,56      | -1 234,56       | -1 234 567,00    | -1234567.00
            1234.56       | (1234.56)       | (99999.99)       | -99999.99
            """)
    void learnsTheNotationFromTheTwoExamplesAndReadsAmounts(String positive, String negative, String printed,
            String value) {
        AmountNotation notation = AmountNotation.learn(positive, negative);

        assertThat(Pattern.compile(notation.regex(), Pattern.CASE_INSENSITIVE).matcher(printed).matches()).isTrue();
        assertThat(notation.parse(printed)).isEqualTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "{0} / {1} does not read {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1,234.56      | (1,234.56)      | 1,234.5
            1,234.56      | (1,234.56)      | 1,23.45
            1,234.56      | (1,234.56)      | 1.234,56
            1,234.56      | 1,234.56 CR     | (7.50)
            1.234,56 EUR  | 1.234,56- EUR   | 1,234.56
            1234.56       | (1234.56)       | 1,234.56
            """)
    void readsNoOtherNotation(String positive, String negative, String printed) {
        AmountNotation notation = AmountNotation.learn(positive, negative);

        assertThat(Pattern.compile(notation.regex()).matcher(printed).matches()).isFalse();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,234.56      | 1,234.56        | mark the credit
            $1,234.56     | 1,234.56        | mark the credit
            1,234.56      | (1.234,56)      | different separators
            12.34         | (12.34)         | does not show the digits
            1,234.56      | -1,234.57       | does not show the digits
            1,234.56      | -1,234.56 (2)   | other digits
            (1,234.56)    | 1,234.56        | looks like a credit
            1.234.56      | -1.234.56       | same character
            """)
    void refusesExamplesThatAreNot1234Point56InOneNotation(String positive, String negative, String problem) {
        assertThatThrownBy(() -> AmountNotation.learn(positive, negative))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }
}
