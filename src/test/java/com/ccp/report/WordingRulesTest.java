package com.ccp.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleWording;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the readers (formats.md §1–2) under three wordings: the built-in ones and two
 * others, with the report texts written from each profile's own templates.
 */
class WordingRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final LocalDate END = LocalDate.of(2025, 3, 31);

    static Stream<CarWording> carWordings() {
        return Stream.of(BuiltInProfiles.car(),
                (CarWording) ReportProfile.parse(SampleWording.HARBOR.carProfile()).compile(),
                (CarWording) ReportProfile.parse(SampleWording.MERIDIAN.carProfile()).compile());
    }

    static Stream<ReceiptWording> receiptWordings() {
        return Stream.of(BuiltInProfiles.receipts(),
                (ReceiptWording) ReportProfile.parse(SampleWording.HARBOR.receiptProfile()).compile(),
                (ReceiptWording) ReportProfile.parse(SampleWording.MERIDIAN.receiptProfile()).compile());
    }

    @ParameterizedTest
    @MethodSource("carWordings")
    void readsSectionsContinuationCodingWrappedDescriptionsAndChecksTotals(CarWording wording) {
        ReportProfile p = wording.profile();
        WordingTexts car = new WordingTexts(p, "Acme Construction, Inc.", START, END);
        String mary = p.nameOrder() == NameOrder.LAST_FIRST ? "O'BRIEN, MARY K" : "MARY K O'BRIEN";
        String jose = p.nameOrder() == NameOrder.LAST_FIRST ? "NUÑEZ, JOSÉ" : "JOSÉ NUÑEZ";
        String heading = car.line("cardholder", Map.of("name", mary, "employeeId", "004512"));
        String columns = p.lines().get("columns");
        String continued = p.lines().containsKey("continued") ? car.line("continued", Map.of("name", mary)) : heading;
        List<String> page1 = new java.util.ArrayList<>(List.of(heading));
        if (p.lines().containsKey("account")) {
            page1.add(car.line("account", Map.of("account", "XXXX-XXXX-XXXX-4821", "costCenter", "210 Field Ops")));
        }
        page1.addAll(List.of(columns,
                transaction(car, "03/02", "24492155061000012345678", "HOME DEPOT #4521 AUSTIN TX", "1234.56"),
                car.label("job", "23-104") + "   " + car.label("phase", "0300") + "   " + car.label("costType", "M"),
                car.label("description", "Lumber for framing, per PO 1234 approved by")));
        List<String> texts = car.page(page1.toArray(String[]::new)).page(
                continued,
                columns,
                "R. Whitfield",
                transaction(car, "03/09", "24692165069000011122233", "AMAZON MKTPLACE PMTS", "-23.99"),
                car.label("glAccount", "6420 - Fuel - Vehicles"),
                transaction(car, "03/10", "24692165069000011122234", "STAPLES 78590", "11.00"),
                car.label("job", "24-052") + "   " + p.labels().get("phase") + "   " + car.label("costType", "O"),
                car.line("cardholderTotal", Map.of("count", 3, "amount", new BigDecimal("1221.57"))),
                car.line("cardholder", new HashMap<>(Map.of("name", jose))),
                columns,
                transaction(car, "03/12", "24035905067211524972767", "FERGUSON ENT #6222", "5.00"),
                car.line("cardholderTotal", Map.of("count", 1, "amount", new BigDecimal("6.00"))),
                "SOMETHING UNEXPECTED 12",
                car.line("reportTotal", Map.of("amount", new BigDecimal("1227.57"), "cardholders", 2,
                        "transactions", 4))).texts();

        CarReport report = CarParser.parse(wording, texts);

        assertThat(report.company()).isEqualTo("Acme Construction, Inc.");
        assertThat(report.period()).isEqualTo(new StatementPeriod(START, END));
        assertThat(report.cardholders()).hasSize(2);
        Cardholder first = report.cardholders().get(0);
        assertThat(first.employeeId()).isEqualTo("004512");
        assertThat(first.name()).isEqualTo(mary);
        if (p.lines().containsKey("account")) {
            assertThat(first.cardLast4()).isEqualTo("4821");
            assertThat(first.costCenter()).isEqualTo("210 Field Ops");
        }
        assertThat(first.pages()).isEqualTo(new PageRange(1, 2));
        assertThat(first.transactions()).hasSize(3);
        CarTransaction lumber = first.transactions().get(0);
        assertThat(lumber.transDate()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(lumber.reference()).isEqualTo("24492155061000012345678");
        assertThat(lumber.merchant()).isEqualTo("HOME DEPOT #4521 AUSTIN TX");
        assertThat(lumber.amount()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(List.of(lumber.job(), lumber.phase(), lumber.costType())).containsExactly("23-104", "0300", "M");
        assertThat(lumber.coded()).isTrue();
        assertThat(lumber.description()).isEqualTo("Lumber for framing, per PO 1234 approved by R. Whitfield");
        CarTransaction credit = first.transactions().get(1);
        assertThat(credit.amount()).isEqualTo(new BigDecimal("-23.99"));
        assertThat(credit.glAccount()).isEqualTo("6420 - Fuel - Vehicles");
        assertThat(credit.page()).isEqualTo(2);
        CarTransaction uncoded = first.transactions().get(2);
        assertThat(uncoded.job()).isEqualTo("24-052");
        assertThat(uncoded.phase()).as("a label with no value is a missing part").isNull();
        assertThat(uncoded.costType()).isEqualTo("O");
        assertThat(uncoded.coded()).isFalse();
        assertThat(first.printedTotal()).isEqualTo(new BigDecimal("1221.57"));
        assertThat(first.printedCount()).isEqualTo(3);

        Cardholder second = report.cardholders().get(1);
        assertThat(second.name()).isEqualTo(jose);
        assertThat(second.employeeId()).startsWith("NOID-");
        assertThat(second.printedTotal()).isEqualTo(new BigDecimal("6.00"));
        assertThat(second.total()).isEqualTo(new BigDecimal("5.00"));
        assertThat(report.printedReportTotal()).isEqualTo(new BigDecimal("1227.57"));
        assertThat(report.printedCardholders()).isEqualTo(2);
        assertThat(report.printedTransactions()).isEqualTo(4);

        assertThat(report.warnings()).hasSize(3);
        assertThat(report.warnings()).anySatisfy(w -> {
            assertThat(w.page()).isEqualTo(2);
            assertThat(w.message()).contains("SOMETHING UNEXPECTED 12");
        });
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains("1227.57", "1226.57"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains(jose, "no valid Employee ID"));
    }

    @ParameterizedTest
    @MethodSource("receiptWordings")
    void readsListsOverPagesImagePagesAttachmentsAndSectionsWithoutId(ReceiptWording wording) {
        ReportProfile p = wording.profile();
        WordingTexts receipts = new WordingTexts(p, "Acme Construction, Inc.", START, END);
        boolean lastFirst = p.nameOrder() == NameOrder.LAST_FIRST;
        String mary = lastFirst ? "O'Brien, Mary K" : "Mary K O'Brien";
        String thomas = lastFirst ? "Collins, Thomas" : "Thomas Collins";
        String columns = p.lines().get("columns");
        List<String> texts = receipts.page(
                receipts.line("employee", Map.of("name", mary, "employeeId", "004512")),
                columns,
                receipt(receipts, "R-004512-001", "03/02", "Home Depot #4521", "1234.56"),
                receipts.label("address", "1200 Main St, Austin, TX 78701"),
                receipts.label("purpose", "Framing materials for")
        ).page(
                "job 23-104",
                receipts.line("attachmentYes", Map.of("pages", 2)),
                receipt(receipts, "R-004512-002", "03/09", "Amazon", "-23.99"),
                receipts.label("title", "Return"),
                p.lines().get("attachmentNo"),
                receipts.line("receiptTotal", Map.of("amount", new BigDecimal("1210.57"), "count", 2))
        ).imagePage().imagePage().page(
                receipts.line("employee", new HashMap<>(Map.of("name", thomas))),
                columns,
                receipt(receipts, "EXP-77", "03/27", "QuikTrip #6079", "29.31"),
                p.lines().get("attachmentNo"),
                receipts.line("receiptTotal", Map.of("amount", new BigDecimal("30.00"), "count", 1)),
                "random scribble").texts();

        ReceiptReport report = ReceiptParser.parse(wording, texts);

        assertThat(report.period()).isEqualTo(new StatementPeriod(START, END));
        assertThat(report.employees()).hasSize(2);
        ReceiptEmployee first = report.employees().get(0);
        assertThat(first.employeeId()).isEqualTo("004512");
        assertThat(first.name()).isEqualTo(mary);
        assertThat(first.pages()).isEqualTo(new PageRange(1, 4));
        assertThat(first.receipts()).hasSize(2);
        Receipt lumber = first.receipts().get(0);
        assertThat(lumber.date()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(lumber.merchant()).isEqualTo("Home Depot #4521");
        assertThat(lumber.amount()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(lumber.address()).isEqualTo("1200 Main St, Austin, TX 78701");
        assertThat(lumber.purpose()).isEqualTo("Framing materials for job 23-104");
        assertThat(lumber.attachment()).isTrue();
        assertThat(lumber.attachmentPages()).isEqualTo(2);
        Receipt credit = first.receipts().get(1);
        assertThat(credit.amount()).isEqualTo(new BigDecimal("-23.99"));
        assertThat(credit.title()).isEqualTo("Return");
        assertThat(credit.attachment()).isFalse();
        assertThat(first.printedTotal()).isEqualTo(new BigDecimal("1210.57"));
        assertThat(first.printedCount()).isEqualTo(2);

        ReceiptEmployee second = report.employees().get(1);
        assertThat(second.employeeId()).isNull();
        assertThat(second.name()).isEqualTo(thomas);
        assertThat(second.printedTotal()).isEqualTo(new BigDecimal("30.00"));
        assertThat(second.total()).isEqualTo(new BigDecimal("29.31"));
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.page()).isEqualTo(5);
            assertThat(w.message()).contains("random scribble");
        });
    }

    private static String transaction(WordingTexts car, String day, String reference, String merchant,
            String amount) {
        LocalDate date = LocalDate.of(2025, Integer.parseInt(day.substring(0, 2)), Integer.parseInt(day.substring(3)));
        return car.line("transaction", Map.of("transDate", date, "postDate", date.plusDays(2), "reference", reference,
                "merchant", merchant, "amount", new BigDecimal(amount)));
    }

    private static String receipt(WordingTexts receipts, String id, String day, String merchant, String amount) {
        LocalDate date = LocalDate.of(2025, Integer.parseInt(day.substring(0, 2)), Integer.parseInt(day.substring(3)));
        return receipts.line("receipt", Map.of("receiptId", id, "date", date, "merchant", merchant,
                "amount", new BigDecimal(amount)));
    }
}
