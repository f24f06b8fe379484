package com.ccp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generator's intent must be true under formats.md §3, and small sets must carry every quirk. */
class SampleIntentTest {

    private static final Set<String> QUIRKS = Set.of("name-punct", "dup-name", "leading-zero", "credit", "thousands",
            "missing-receipt", "amount-differs", "date-off", "repeat-amount", "no-attachment", "shared-page",
            "receipt-only", "car-only", "missing-id", "uncoded", "bad-total", "continued", "coding-split",
            "description-split", "wrap", "gl-account", "receipts-continued", "image-pages");

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 25})
    void every_quirk_appears_in_a_set_of_eight_or_more(int employees) throws IOException {
        for (SampleSpec spec : List.of(SampleSpec.standard(employees, employees),
                SampleSpec.alt(employees, employees))) {
            Expected expected = generate(spec).expected();
            assertThat(expected.quirks()).containsAll(QUIRKS);
            List<String> notes = expected.employees().stream().flatMap(e -> e.notes().stream()).toList();
            assertThat(notes).anyMatch(n -> n.startsWith("uncoded: incomplete job coding (empty Phase label)"))
                    .anyMatch(n -> n.startsWith("uncoded: no coding lines"))
                    .anyMatch(n -> n.contains("apostrophe")).anyMatch(n -> n.contains("hyphen"))
                    .anyMatch(n -> n.contains("multi-word")).anyMatch(n -> n.contains("accents"))
                    .anyMatch(n -> n.startsWith("bad-total: printed Cardholder Total"))
                    .anyMatch(n -> n.startsWith("bad-total: printed Receipt Total"))
                    .anyMatch(n -> n.startsWith("coding-split: page break before the coding"))
                    .anyMatch(n -> n.startsWith("description-split: page break before the wrapped description"));
            assertThat(expected.employees()).extracting(Expected.Employee::employeeId).contains("004355", "4355");
            assertThat(expected.employees()).anyMatch(Expected.Employee::ready);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 8, 30, 120})
    void intended_matching_is_the_maximum_matching_of_formats_section_3(int employees) {
        for (long seed = 1; seed <= 3; seed++) {
            for (GeneratedEmployee e : new EmployeePlanner(SampleSpec.standard(seed, employees)).plan()) {
                List<SampleTransaction> transactions = e.transactions();
                for (SampleReceipt r : e.receipts()) {
                    if (r.matchesReference() != null) {
                        SampleTransaction t = transactions.stream()
                                .filter(x -> x.reference().equals(r.matchesReference())).findFirst().orElseThrow();
                        assertThat(Matching.matches(r, t)).as("%s intended for %s", r.id(), t.reference()).isTrue();
                    }
                }
                assertThat(e.receipts().stream().map(SampleReceipt::matchesReference).filter(m -> m != null)
                        .distinct().count()).isEqualTo(e.receipts().stream()
                        .filter(r -> r.matchesReference() != null).count());
                int matched = transactions.size() - ExpectedBuilder.unmatched(e).size();
                assertThat(Matching.maximum(transactions, e.receipts())).as(e.employeeId()).isEqualTo(matched);
            }
        }
    }

    @Test
    void names_are_unique_except_the_intended_duplicate_and_the_missing_id_name_is_unambiguous() {
        List<GeneratedEmployee> plan = new EmployeePlanner(SampleSpec.standard(4, 200)).plan();
        List<String> keys = plan.stream().filter(GeneratedEmployee::inCar).map(e -> Names.key(e.carName())).toList();
        assertThat(keys.size() - keys.stream().distinct().count()).isEqualTo(1);
        plan.stream().filter(e -> !e.receiptShowsId() && e.inReceipts()).forEach(e -> assertThat(keys.stream()
                .filter(k -> k.equals(Names.key(e.receiptName()))).count()).isEqualTo(1));
    }

    @Test
    void most_employees_of_a_large_set_are_ready() {
        List<GeneratedEmployee> plan = new EmployeePlanner(SampleSpec.standard(42, 500)).plan();
        long ready = plan.stream().filter(e -> ExpectedBuilder.flags(e).isEmpty()).count();
        assertThat(ready).isBetween(350L, 450L);
        assertThat(plan.stream().mapToInt(e -> e.transactions().size()).sum()).isBetween(6500, 8500);
    }

    private static SampleSet generate(SampleSpec spec) throws IOException {
        return SampleSets.generate(spec, java.nio.file.Path.of("target", "samples-test",
                "intent-" + spec.layout() + "-" + spec.employees()));
    }
}
