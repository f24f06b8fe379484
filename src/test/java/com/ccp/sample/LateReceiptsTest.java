package com.ccp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.pdf.PageTexts;
import com.ccp.sample.LateReceiptSet.Category;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LateReceiptsTest {

    @ParameterizedTest
    @EnumSource(Layout.class)
    void late_report_repeats_every_receipt_and_adds_the_changes(Layout layout) throws IOException {
        Path dir = Path.of("target", "samples-test", "late-" + layout);
        SampleSet base = SampleSets.generate(SampleSpec.of(21, 12, layout), dir);
        LateReceiptSet late = SampleSets.generateLateReceipts(base, dir);

        List<String> pages = PageTexts.read(late.receipts().toFile());
        assertThat(pages).hasSize(late.expected().receiptPageCount());
        assertThat(late.summary()).containsEntry(Category.NEW_EMPLOYEE, 1L).containsKey(Category.STILL_MISSING)
                .containsKey(Category.AMOUNT_CHANGED).containsKey(Category.NO_CHANGE);
        assertThat(late.changes()).anyMatch(c -> !c.changedReceiptIds().isEmpty())
                .anyMatch(c -> c.category() == Category.AMOUNT_CHANGED && !c.addedReceiptIds().isEmpty());

        String text = String.join("\n", pages);
        Set<String> oldIds = base.employees().stream().flatMap(e -> e.receipts().stream()).map(SampleReceipt::id)
                .collect(Collectors.toSet());
        assertThat(oldIds).allMatch(text::contains);
        for (Expected.Employee e : late.expected().employees()) {
            GeneratedEmployee generated = late.employees().stream()
                    .filter(g -> g.employeeId().equals(e.employeeId())).findFirst().orElseThrow();
            assertThat(e.receiptTotal()).isEqualByComparingTo(generated.receiptTotal());
            assertThat(Matching.maximum(generated.transactions(), generated.receipts()))
                    .isEqualTo(e.transactionCount() - e.unmatchedTransactions());
            if (e.receiptPages() != null) {
                String section = String.join("\n", pages.subList(e.receiptPages().get(0) - 1, e.receiptPages().get(1)));
                generated.receipts().forEach(r -> assertThat(section).contains(r.id() + " ")
                        .contains(Money.receipt(r.amount())));
            }
        }
        for (LateReceiptSet.Change change : late.changes()) {
            assertThat(change.difference()).isEqualByComparingTo(
                    change.newReceiptTotal().subtract(change.oldReceiptTotal()));
        }
    }
}
