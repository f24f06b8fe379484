package com.ccp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptParserTest {

    private static final String COLUMNS = "Receipt ID     Date       Merchant                         Amount";

    @Test
    void readsReceiptsDetailsAndTheImagePagesThatFollow() {
        List<String> pages = ReportTexts.receipts().page(
                "Employee: Mary K O'Brien                        Employee ID: 004512",
                COLUMNS,
                "R-004512-001   03/02/2025 Home Depot #4521                  $1,234.56",
                "   Address: 1200 Main St, Austin, TX 78701",
                "   Title: Lumber",
                "   Purpose: Framing materials for job 23-104",
                "   Attachment: Yes (2 pages)",
                "R-004512-002   03/05/2025 Shell                             $45.10",
                "   Attachment: Yes (1 pages)",
                "R-004512-003   03/09/2025 Amazon                            -$23.99",
                "   Attachment: No",
                "Receipt Total: $1,255.67   Receipts: 3"
        ).imagePages(3).texts();

        ReceiptReport report = ReceiptParser.parse(BuiltInProfiles.receipts(), pages);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.pageCount()).isEqualTo(4);
        ReceiptEmployee mary = report.employees().get(0);
        assertThat(mary.employeeId()).isEqualTo("004512");
        assertThat(mary.name()).isEqualTo("Mary K O'Brien");
        assertThat(mary.pages()).isEqualTo(new PageRange(1, 4));
        assertThat(mary.printedTotal()).isEqualTo(new BigDecimal("1255.67"));
        assertThat(mary.printedCount()).isEqualTo(3);
        assertThat(mary.total()).isEqualTo(new BigDecimal("1255.67"));
        Receipt lumber = mary.receipts().get(0);
        assertThat(lumber.receiptId()).isEqualTo("R-004512-001");
        assertThat(lumber.date()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(lumber.merchant()).isEqualTo("Home Depot #4521");
        assertThat(lumber.amount()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(lumber.address()).isEqualTo("1200 Main St, Austin, TX 78701");
        assertThat(lumber.title()).isEqualTo("Lumber");
        assertThat(lumber.purpose()).isEqualTo("Framing materials for job 23-104");
        assertThat(lumber.attachment()).isTrue();
        assertThat(lumber.attachmentPages()).isEqualTo(2);
        Receipt credit = mary.receipts().get(2);
        assertThat(credit.amount()).isEqualTo(new BigDecimal("-23.99"));
        assertThat(credit.attachment()).isFalse();
        assertThat(credit.attachmentPages()).isZero();
        assertThat(credit.address()).isNull();
    }

    @Test
    void aListContinuesOnTheNextPageWithoutEmployeeLine() {
        List<String> pages = ReportTexts.receipts().page(
                "Employee: José Nuñez   Employee ID: 4355",
                COLUMNS,
                "R-4355-001 03/08/2025 Ferguson $390.23",
                "Attachment: Yes (1 pages)"
        ).page(
                "R-4355-002 03/12/2025 United Airlines $1,167.74",
                "Purpose: Flight to owner coordination",
                "meeting in Houston",
                "Attachment: Yes (1 pages)",
                "Receipt Total: $1,557.97 Receipts: 2"
        ).imagePages(2).texts();

        ReceiptReport report = ReceiptParser.parse(BuiltInProfiles.receipts(), pages);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.employees()).hasSize(1);
        ReceiptEmployee jose = report.employees().get(0);
        assertThat(jose.employeeId()).isEqualTo("4355");
        assertThat(jose.name()).isEqualTo("José Nuñez");
        assertThat(jose.pages()).isEqualTo(new PageRange(1, 4));
        assertThat(jose.receipts()).extracting(Receipt::page).containsExactly(1, 2);
        assertThat(jose.receipts().get(1).purpose()).isEqualTo("Flight to owner coordination meeting in Houston");
    }

    @Test
    void employeesWithoutImagesShareAPageAndAMissingIdIsNull() {
        List<String> pages = ReportTexts.receipts().page(
                "Employee: Barbara K Hernandez Employee ID: 045252",
                COLUMNS,
                "R-045252-001 03/02/2025 84 Lumber $6,255.71",
                "Attachment: No",
                "Receipt Total: $6,255.71 Receipts: 1",
                "Employee: Thomas Collins",
                COLUMNS,
                "EXP-77 02/27/2025 QuikTrip #6079 $29.31",
                "Attachment: Yes (1 pages)",
                "Receipt Total: $29.31 Receipts: 1"
        ).imagePages(1).page(
                "Employee: Ana De La Cruz Employee ID: 004355",
                COLUMNS,
                "R-004355-001 03/16/2025 Hertz $9.10",
                "Attachment: No",
                "Receipt Total: $9.10 Receipts: 1").texts();

        ReceiptReport report = ReceiptParser.parse(BuiltInProfiles.receipts(), pages);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.employees()).extracting(ReceiptEmployee::pages)
                .containsExactly(new PageRange(1, 1), new PageRange(1, 2), new PageRange(3, 3));
        assertThat(report.employees().get(1).employeeId()).isNull();
        assertThat(report.employees().get(1).receipts().get(0).receiptId()).isEqualTo("EXP-77");
        assertThat(report.employees().get(2).employeeId()).isEqualTo("004355");
    }

    @Test
    void keepsWrongPrintedTotalsAndWarnsAboutMissingImagePages() {
        List<String> pages = ReportTexts.receipts().page(
                "Employee: Mary K O'Brien Employee ID: 019072",
                COLUMNS,
                "R-1 03/29/2025 FedEx Office $356.74",
                "Attachment: Yes (2 pages)",
                "Receipt Total: $356.00 Receipts: 2"
        ).imagePages(1).texts();

        ReceiptReport report = ReceiptParser.parse(BuiltInProfiles.receipts(), pages);

        ReceiptEmployee mary = report.employees().get(0);
        assertThat(mary.printedTotal()).isEqualTo(new BigDecimal("356.00"));
        assertThat(mary.printedCount()).isEqualTo(2);
        assertThat(mary.total()).isEqualTo(new BigDecimal("356.74"));
        assertThat(report.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("2 attachment pages but 1 image pages"));
    }

    @Test
    void linesThatFitNowhereBecomeWarnings() {
        List<String> pages = ReportTexts.receipts().page(
                "R-1 03/29/2025 FedEx Office $356.74"
        ).imagePages(1).page(
                "Employee: Mary K O'Brien Employee ID: 019072",
                COLUMNS,
                "Attachment: Yes (1 pages)",
                "R-2 03/29/2025 FedEx Office $10.00",
                "Attachment: No",
                "random scribble",
                "Receipt Total: $10.00 Receipts: 1").texts();

        ReceiptReport report = ReceiptParser.parse(BuiltInProfiles.receipts(), pages);

        assertThat(report.warnings()).extracting(ParseWarning::page).containsExactly(1, 2, 3, 3);
        assertThat(report.warnings()).extracting(ParseWarning::message).anySatisfy(m -> assertThat(m).contains("image page"))
                .anySatisfy(m -> assertThat(m).contains("R-1"))
                .anySatisfy(m -> assertThat(m).contains("Attachment: Yes (1 pages)"))
                .anySatisfy(m -> assertThat(m).contains("random scribble"));
    }

    @Test
    void readsTheHeaderOfAReceiptReportAndRefusesACar() {
        List<String> receipts = ReportTexts.receipts("Northwind Builders LLC", "11/01/2025 - 11/30/2025", "Internal")
                .page("Employee: Ana Cruz").texts();
        List<String> car = ReportTexts.car().page("Cardholder: X Employee ID: 1").texts();

        assertThat(ReceiptParser.readHeader(BuiltInProfiles.receipts(), receipts.get(0))).contains(new ReportHeader("Northwind Builders LLC",
                new StatementPeriod(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30))));
        assertThat(ReceiptParser.readHeader(BuiltInProfiles.receipts(), car.get(0))).isEmpty();
        assertThatThrownBy(() -> new ProfileCatalog(BuiltInProfiles.all()).select(ProfileKind.RECEIPTS, car.get(0)))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("Cardholder Activity Report (CAR), not an employee receipt report");
        assertThatThrownBy(() -> ReceiptParser.parse(BuiltInProfiles.receipts(), List.of("hello"))).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("not an employee receipt report");
    }
}
