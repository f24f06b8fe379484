package com.ccp.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.pdf.PageTexts;
import com.ccp.report.BuiltInProfiles;
import com.ccp.report.CarParser;
import com.ccp.report.CarReport;
import com.ccp.report.CarWording;
import com.ccp.report.PageRange;
import com.ccp.report.ReceiptParser;
import com.ccp.report.ReceiptReport;
import com.ccp.report.ReceiptWording;
import com.ccp.report.ReportProfile;
import com.ccp.sample.Expected;
import com.ccp.sample.Layout;
import com.ccp.sample.SampleReportGenerator;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.sample.SampleWording;
import com.ccp.testing.Samples;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads generated report sets (both layouts, several seeds and sizes) exactly as ingestion does and
 * checks every employee against the generator's own truth, field by field.
 */
class GeneratedReportsTest {

    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of(SampleSpec.of(11, 10, Layout.STANDARD)),
                Arguments.of(SampleSpec.of(12, 9, Layout.ALT)),
                Arguments.of(SampleSpec.of(7, 40, Layout.STANDARD)),
                Arguments.of(SampleSpec.of(8, 35, Layout.ALT)),
                Arguments.of(SampleSpec.of(3, 3, Layout.STANDARD)),
                Arguments.of(SampleSpec.of(21, 12, Layout.STANDARD).in(SampleWording.HARBOR)),
                Arguments.of(SampleSpec.of(22, 30, Layout.ALT).in(SampleWording.HARBOR)),
                Arguments.of(SampleSpec.of(23, 12, Layout.STANDARD).in(SampleWording.MERIDIAN)),
                Arguments.of(SampleSpec.of(24, 30, Layout.ALT).in(SampleWording.MERIDIAN)));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void readsEveryEmployeeExactlyAsGenerated(SampleSpec spec) throws IOException {
        SampleSet set = Samples.of(spec);
        CarWording carWording = BuiltInProfiles.car();
        ReceiptWording receiptWording = BuiltInProfiles.receipts();
        if (spec.wording() != SampleWording.STANDARD) {
            carWording = (CarWording) ReportProfile.parse(Files.readString(set.car().resolveSibling(
                    SampleReportGenerator.CAR_PROFILE_FILE))).compile();
            receiptWording = (ReceiptWording) ReportProfile.parse(Files.readString(set.receipts().resolveSibling(
                    SampleReportGenerator.RECEIPTS_PROFILE_FILE))).compile();
        }
        CarReport car = CarParser.parse(carWording, PageTexts.read(set.car().toFile()));
        ReceiptReport receipts = ReceiptParser.parse(receiptWording, PageTexts.read(set.receipts().toFile()));
        assertThat(car.warnings()).as("CAR warnings").allSatisfy(w -> assertThat(w.message())
                .doesNotContain("fits nowhere", "does not start with the report header"));
        assertThat(receipts.warnings()).as("receipt warnings").allSatisfy(w -> assertThat(w.message())
                .doesNotContain("fits nowhere", "does not start with the report header"));
        Reconciliation result = Reconciler.reconcile(car, receipts);
        Expected expected = set.expected();

        assertThat(car.period().key()).isEqualTo(expected.period());
        assertThat(car.company()).isEqualTo(expected.company());
        assertThat(car.cardholders()).hasSize(expected.cardholders());
        assertThat(car.cardholders().stream().mapToInt(c -> c.transactions().size()).sum())
                .isEqualTo(expected.transactions());
        assertThat(car.printedReportTotal()).isEqualByComparingTo(expected.reportTotal());
        assertThat(car.pageCount()).isEqualTo(expected.carPageCount());
        assertThat(receipts.pageCount()).isEqualTo(expected.receiptPageCount());
        assertThat(receipts.employees().stream().mapToInt(e -> e.receipts().size()).sum()).isEqualTo(expected.receipts());
        assertThat(result.employees()).extracting(ReconciledEmployee::employeeId)
                .containsExactlyElementsOf(expected.employees().stream().map(Expected.Employee::employeeId).toList());
        for (int i = 0; i < expected.employees().size(); i++) {
            assertEmployee(result.employees().get(i), expected.employees().get(i));
        }
    }

    static void assertEmployee(ReconciledEmployee actual, Expected.Employee expected) {
        String who = expected.employeeId() + " " + expected.notes();
        assertThat(actual.carName()).as(who).isEqualTo(expected.carName());
        assertThat(actual.receiptName()).as(who).isEqualTo(expected.receiptName());
        assertThat(actual.carTotal()).as(who).isEqualByComparingTo(expected.carTotal());
        assertThat(actual.receiptTotal()).as(who).isEqualByComparingTo(expected.receiptTotal());
        assertThat(actual.transactions()).as(who).hasSize(expected.transactionCount());
        assertThat(actual.receipts()).as(who).hasSize(expected.receiptCount());
        assertThat(range(actual.carPages())).as(who + " CAR pages").isEqualTo(expected.carPages());
        assertThat(range(actual.receiptPages())).as(who + " receipt pages").isEqualTo(expected.receiptPages());
        assertThat(actual.flags().stream().map(Flag::name).toList()).as(who).isEqualTo(expected.flags());
        assertThat(actual.transactions().stream().filter(t -> !t.transaction().coded()).count()).as(who)
                .isEqualTo(expected.uncodedTransactions());
        assertThat(actual.transactions().stream().filter(t -> !t.matched()).count()).as(who)
                .isEqualTo(expected.unmatchedTransactions());
        BigDecimal impact = actual.findings().stream().filter(f -> f.flag() == Flag.TOTAL_MISMATCH)
                .map(Finding::amountImpact).findFirst().orElse(null);
        if (impact != null) {
            assertThat(impact).as(who).isEqualByComparingTo(expected.carTotal().subtract(expected.receiptTotal()));
        }
    }

    private static List<Integer> range(PageRange range) {
        return range == null ? null : List.of(range.first(), range.last());
    }
}
