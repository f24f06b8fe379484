package com.ccp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

    private static final Template.Notations US = new Template.Notations(
            AmountNotation.learn("1,234.56", "(1,234.56)"), DateNotation.of("MM/dd/yyyy"));

    private static Template compile(String source, Set<String> required, Set<String> optional) {
        return Template.compile(source, required, optional, US);
    }

    @Test
    void aSpaceMatchesOneOrMoreSpacesAndLiteralsIgnoreCase() {
        Template t = compile("Cardholder Total ({count} transactions): {amount}", Set.of("count", "amount"), Set.of());

        Template.Match m = t.match("CARDHOLDER   total (12 Transactions): 1,255.67");

        assertThat(m).isNotNull();
        assertThat(m.number("count")).isEqualTo(12);
        assertThat(m.amount()).isEqualTo(new BigDecimal("1255.67"));
        assertThat(t.match("Cardholder Total(12 transactions): 1,255.67")).as("a space is required").isNull();
        assertThat(t.match("Cardholder Total (12 transactions) 1,255.67")).as("':' is literal").isNull();
    }

    @Test
    void matchesAWholeLineNeverAPart() {
        Template t = compile("Report Total: {amount}", Set.of("amount"), Set.of());

        assertThat(t.matches("Report Total: 10.00")).isTrue();
        assertThat(t.matches("Grand Report Total: 10.00")).isFalse();
        assertThat(t.matches("Report Total: 10.00 and more")).isFalse();
        assertThat(t.find("Grand Report Total: 10.00 and more")).isNotNull();
    }

    @Test
    void anOptionalPartMatchesEntirelyOrNotAtAll() {
        Template t = compile("Report Total: {amount}[ Cardholders: {cardholders}][ Transactions: {transactions}]",
                Set.of("amount"), Set.of("cardholders", "transactions"));

        Template.Match all = t.match("Report Total: 1,234,567.89 Cardholders: 412 Transactions: 8,113");
        Template.Match some = t.match("Report Total: 10.00 Transactions: 3");
        Template.Match none = t.match("Report Total: 10.00");

        assertThat(all.number("cardholders")).isEqualTo(412);
        assertThat(all.number("transactions")).isEqualTo(8113);
        assertThat(some.number("cardholders")).isNull();
        assertThat(some.number("transactions")).isEqualTo(3);
        assertThat(none.amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(t.match("Report Total: 10.00 Cardholders:")).as("a part matches entirely").isNull();
    }

    @Test
    void textPlaceholdersTakeAsLittleAsTheRestOfTheLineAllows() {
        Template t = compile("Cardholder: {name}[ Employee ID: {employeeId}]", Set.of("name"), Set.of("employeeId"));

        Template.Match withId = t.match("Cardholder: DE LA CRUZ, ANA Employee ID: 004355");
        Template.Match withoutId = t.match("Cardholder: O'BRIEN, MARY K");

        assertThat(withId.text("name")).isEqualTo("DE LA CRUZ, ANA");
        assertThat(withId.text("employeeId")).as("leading zeros kept").isEqualTo("004355");
        assertThat(withoutId.text("name")).isEqualTo("O'BRIEN, MARY K");
        assertThat(withoutId.text("employeeId")).isNull();
        assertThat(t.optionalIdPart()).isEqualTo("Employee ID: {employeeId}");
        assertThat(t.head()).isEqualTo("Cardholder:");
    }

    @Test
    void placeholdersComeInAnyOrderAndAMerchantMayBeCutToNothing() {
        Template t = compile("{reference} {transDate} {postDate} {amount} {merchant}",
                Set.of("transDate", "postDate", "reference", "merchant", "amount"), Set.of());

        Template.Match m = t.match("2449215506 03/02/2025 03/04/2025 (1,234.56) 84 LUMBER #12 AUSTIN TX");
        Template.Match cut = t.match("2449215506 03/02/2025 03/04/2025 12.00");

        assertThat(m.text("reference")).isEqualTo("2449215506");
        assertThat(m.date("transDate")).contains(LocalDate.of(2025, 3, 2));
        assertThat(m.date("postDate")).contains(LocalDate.of(2025, 3, 4));
        assertThat(m.amount()).isEqualTo(new BigDecimal("-1234.56"));
        assertThat(m.text("merchant")).isEqualTo("84 LUMBER #12 AUSTIN TX");
        assertThat(cut.text("merchant")).isNull();
    }

    @Test
    void aDateOfTheRightShapeThatDoesNotExistIsReadAsEmpty() {
        Template t = compile("Cycle: {start} thru {end}", Set.of("start", "end"), Set.of());

        Template.Match m = t.match("Cycle: 02/30/2025 thru 13/45/2025");

        assertThat(m.date("start")).isPresent();
        assertThat(m.date("end")).isEqualTo(Optional.empty());
    }

    @Test
    void punctuationIsLiteral() {
        Template t = compile("Emp #{employeeId} - {name} (cont.)", Set.of("name"), Set.of("employeeId"));

        assertThat(t.match("Emp #004512 - Mary K O'Brien (cont.)").text("name")).isEqualTo("Mary K O'Brien");
        assertThat(t.match("Emp 004512 - Mary K O'Brien (cont.)")).isNull();
        assertThat(t.match("Emp #004512 - Mary K O'Brien (contd)")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Total {amount} {tip}                  | {tip} is not a placeholder of the language
            Total {amount} {name}                 | {name} is not a placeholder of this line
            Total {count}                         | {amount} is missing
            Total {amount} {amount} {count}       | {amount} appears more than once
            Total [{amount}] {count}              | {amount} is required and must not be inside [ ]
            Total {amount {count}                 | is not a placeholder of the language
            Total [{amount} {count}               | never closed
            Total {amount}] {count}               | closes no '['
            Total {amount} [] {count}             | is empty
            Total {amount} } {count}              | opens no placeholder
            ""                                    | the template is empty
            """)
    void refusesABrokenTemplateSayingWhy(String source, String problem) {
        assertThatThrownBy(() -> compile(source, Set.of("amount", "count"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }
}
