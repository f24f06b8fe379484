package com.ccp.reconciliation;

import static com.ccp.reconciliation.Flag.FILE_INTEGRITY;
import static com.ccp.reconciliation.Flag.MISSING_ATTACHMENT;
import static com.ccp.reconciliation.Flag.MISSING_CODING;
import static com.ccp.reconciliation.Flag.MISSING_RECEIPT;
import static com.ccp.reconciliation.Flag.RECEIPT_WITHOUT_CARDHOLDER;
import static com.ccp.reconciliation.Flag.TOTAL_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.report.BuiltInProfiles;
import com.ccp.report.CarParser;
import com.ccp.report.PageRange;
import com.ccp.report.ParseWarning;
import com.ccp.report.ReceiptParser;
import com.ccp.report.ReportTexts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final String CAR_COLUMNS = "Trans Date Post Date Reference Number Merchant Name / Location Amount";
    private static final String RECEIPT_COLUMNS = "Receipt ID Date Merchant Amount";

    private static Reconciliation result;

    @BeforeAll
    static void reconcile() {
        List<String> car = ReportTexts.car().page(
                "Cardholder: COLLINS, THOMAS Employee ID: 192832",
                CAR_COLUMNS,
                "03/01/2025 03/04/2025 24663555060784747760565 QT 6079 KYLE TX 29.31",
                "GL Account: 6420 - Fuel - Vehicles",
                "Cardholder Total (2 transactions): 29.31",
                "Cardholder: DE LA CRUZ, ANA Employee ID: 004355",
                CAR_COLUMNS,
                "03/16/2025 03/18/2025 24093305075898345990796 HERTZ RENT-A-CAR 1927 GEORGETOWN TX 9.10",
                "Job: 23-104 Phase: 1600 Cost Type: M",
                "03/18/2025 03/18/2025 24572515077457258515433 SOUTHWEST AIR 5268016725 DALLAS TX 99.12",
                "Job: 24-017 Phase: 0600 Cost Type: M",
                "Cardholder Total (2 transactions): 108.22",
                "Cardholder: HERNANDEZ, BARBARA K Employee ID: 045252",
                CAR_COLUMNS,
                "03/01/2025 03/04/2025 24864715060563967437259 ACE HARDWARE 7456 SAN MARCOS TX 165.88",
                "Job: 24-088 Phase: 0900 Cost Type: L",
                "03/02/2025 03/04/2025 24016375061838909393922 84 LUMBER #2994 DALLAS TX 6,255.71",
                "GL Account: 5100 - Materials - Lumber",
                "Cardholder Total (2 transactions): 6,421.59"
        ).page(
                "Cardholder: HERNANDEZ, BARBARA K Employee ID: 156620",
                CAR_COLUMNS,
                "03/18/2025 03/18/2025 24309295077282836148863 EXXONMOBIL 18748556 GEORGETOWN TX 29.49",
                "GL Account: 6420 - Fuel - Vehicles",
                "03/19/2025 03/20/2025 24869575078456992117633 EXXONMOBIL 18748556 GEORGETOWN TX 29.49",
                "GL Account: 6420 - Fuel - Vehicles",
                "Cardholder Total (2 transactions): 58.98",
                "Cardholder: MARTINEZ-RUIZ, ANTHONY Employee ID: 152347",
                CAR_COLUMNS,
                "03/14/2025 03/16/2025 24404495073309236885911 STAPLES 78590 ROUND ROCK TX 222.20",
                "Phase: 0300 Cost Type: O",
                "Cardholder Total (1 transactions): 222.20",
                "Cardholder: NUÑEZ, JOSÉ Employee ID: 4355",
                CAR_COLUMNS,
                "03/08/2025 03/11/2025 24035905067211524972767 FERGUSON ENT #6222 PFLUGERVILLE TX 390.23",
                "Description: Grinding wheels",
                "Cardholder Total (1 transactions): 390.23",
                "Report Total: 1.00 Cardholders: 6 Transactions: 9").texts();
        List<String> receipts = ReportTexts.receipts().page(
                "Employee: Ana De La Cruz Employee ID: 004355",
                RECEIPT_COLUMNS,
                "R-004355-001 03/16/2025 Hertz $9.10",
                "Attachment: No",
                "Receipt Total: $9.10 Receipts: 1",
                "Employee: Thomas Collins",
                RECEIPT_COLUMNS,
                "R-192832-001 02/27/2025 QuikTrip #6079 $29.31",
                "Attachment: Yes (1 pages)",
                "Receipt Total: $29.31 Receipts: 1"
        ).imagePages(1).page(
                "Employee: Barbara K Hernandez",
                RECEIPT_COLUMNS,
                "R-X-001 03/02/2025 84 Lumber $6,255.71",
                "Attachment: Yes (1 pages)",
                "Receipt Total: $6,255.71 Receipts: 1"
        ).imagePages(1).page(
                "Employee: Barbara K Hernandez Employee ID: 156620",
                RECEIPT_COLUMNS,
                "R-156620-012 03/18/2025 ExxonMobil $29.49",
                "Attachment: No",
                "Receipt Total: $29.49 Receipts: 1",
                "Employee: Thomas Hall Employee ID: 050834",
                RECEIPT_COLUMNS,
                "R-050834-001 03/01/2025 Courtyard by Marriott $375.87",
                "Attachment: Yes (1 pages)",
                "Receipt Total: $300.00 Receipts: 2"
        ).imagePages(1).page(
                "Employee: José Nuñez Employee ID: 4355",
                RECEIPT_COLUMNS,
                "R-4355-001 03/08/2025 Ferguson $390.23",
                "Attachment: Yes (1 pages)",
                "Receipt Total: $390.23 Receipts: 1"
        ).imagePages(1).page(
                "Employee: Nobody Known",
                RECEIPT_COLUMNS,
                "R-N-1 03/05/2025 Shop $5.00",
                "Attachment: Yes (1 pages)",
                "Receipt Total: $5.00 Receipts: 1"
        ).imagePages(1).page(
                "Employee: Ana De La Cruz Employee ID: 004355",
                RECEIPT_COLUMNS,
                "R-004355-002 03/18/2025 Southwest Airlines $99.12",
                "Attachment: Yes (1 pages)",
                "Receipt Total: $99.12 Receipts: 1"
        ).imagePages(1).texts();
        result = Reconciler.reconcile(CarParser.parse(BuiltInProfiles.car(), car), ReceiptParser.parse(BuiltInProfiles.receipts(), receipts));
    }

    private static ReconciledEmployee employee(String id) {
        return result.employees().stream().filter(e -> e.employeeId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void employeesAreSortedByEmployeeIdAsStrings() {
        assertThat(result.employees()).extracting(ReconciledEmployee::employeeId).containsExactly(
                "004355", "045252", "050834", "152347", "156620", "192832", "4355",
                "NOID-BARBARA-HERNANDEZ-K", "NOID-KNOWN-NOBODY");
    }

    @Test
    void leadingZerosKeepEmployeesApartAndRepeatedSectionsAreMerged() {
        ReconciledEmployee ana = employee("004355");
        assertThat(ana.carName()).isEqualTo("DE LA CRUZ, ANA");
        assertThat(ana.receiptName()).isEqualTo("Ana De La Cruz");
        assertThat(ana.receipts()).extracting(r -> r.receiptId()).containsExactly("R-004355-001", "R-004355-002");
        assertThat(ana.receiptPages()).isEqualTo(new PageRange(1, 12));
        assertThat(ana.carTotal()).isEqualTo(new BigDecimal("108.22"));
        assertThat(ana.receiptTotal()).isEqualTo(new BigDecimal("108.22"));
        assertThat(ana.flags()).containsExactly(MISSING_ATTACHMENT);
        assertThat(ana.findings()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("MISSING_ATTACHMENT:R-004355-001");
            assertThat(f.detail()).contains("R-004355-001", "03/16/2025", "$9.10");
        });

        ReconciledEmployee jose = employee("4355");
        assertThat(jose.carName()).isEqualTo("NUÑEZ, JOSÉ");
        assertThat(jose.receiptName()).isEqualTo("José Nuñez");
        assertThat(jose.flags()).containsExactly(MISSING_CODING);
        assertThat(jose.cardLast4()).isNull();
        assertThat(result.warnings()).extracting(ParseWarning::message)
                .anySatisfy(m -> assertThat(m).contains("2 sections for employee 004355"));
    }

    @Test
    void aSectionWithoutIdIsLinkedByNameWithAWarning() {
        ReconciledEmployee collins = employee("192832");
        assertThat(collins.receiptName()).isEqualTo("Thomas Collins");
        assertThat(collins.transactions()).singleElement()
                .satisfies(m -> assertThat(m.receipt().receiptId()).isEqualTo("R-192832-001"));
        assertThat(collins.receiptPages()).isEqualTo(new PageRange(1, 2));
        assertThat(collins.flags()).containsExactly(FILE_INTEGRITY);
        assertThat(collins.findings()).extracting(Finding::key).containsExactly("FILE_INTEGRITY:CAR_COUNT");
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.page()).isEqualTo(1);
            assertThat(w.message()).contains("Thomas Collins", "linked by name", "COLLINS, THOMAS", "192832");
        });
    }

    @Test
    void anAmbiguousOrUnknownNameStaysAReceiptOnlyEmployee() {
        ReconciledEmployee barbara = employee("NOID-BARBARA-HERNANDEZ-K");
        assertThat(barbara.carName()).isNull();
        assertThat(barbara.receiptName()).isEqualTo("Barbara K Hernandez");
        assertThat(barbara.carPages()).isNull();
        assertThat(barbara.flags()).containsExactly(RECEIPT_WITHOUT_CARDHOLDER, TOTAL_MISMATCH);
        assertThat(result.warnings()).extracting(ParseWarning::message).anySatisfy(m ->
                assertThat(m).contains("Barbara K Hernandez", "2 cardholders", "045252", "156620",
                        "NOID-BARBARA-HERNANDEZ-K"));
        assertThat(result.warnings()).extracting(ParseWarning::message).anySatisfy(m ->
                assertThat(m).contains("Nobody Known", "no cardholder has that name", "NOID-KNOWN-NOBODY"));
    }

    @Test
    void carOnlyEmployeeMissesEveryReceipt() {
        ReconciledEmployee anthony = employee("152347");
        assertThat(anthony.receiptName()).isNull();
        assertThat(anthony.receiptPages()).isNull();
        assertThat(anthony.carPages()).isEqualTo(new PageRange(2, 2));
        assertThat(anthony.receiptTotal()).isEqualTo(new BigDecimal("0.00"));
        assertThat(anthony.flags()).containsExactly(MISSING_CODING, MISSING_RECEIPT, TOTAL_MISMATCH);
        assertThat(anthony.findings()).extracting(Finding::key).containsExactly(
                "MISSING_CODING:24404495073309236885911", "MISSING_RECEIPT:24404495073309236885911",
                "TOTAL_MISMATCH");
        assertThat(anthony.findings()).extracting(Finding::amountImpact)
                .containsExactly(null, new BigDecimal("222.20"), new BigDecimal("222.20"));
    }

    @Test
    void receiptOnlyEmployeeHasNoCardholderAndWrongPrintedTotals() {
        ReconciledEmployee hall = employee("050834");
        assertThat(hall.carTotal()).isEqualTo(new BigDecimal("0.00"));
        assertThat(hall.receiptTotal()).isEqualTo(new BigDecimal("375.87"));
        assertThat(hall.flags()).containsExactly(FILE_INTEGRITY, RECEIPT_WITHOUT_CARDHOLDER, TOTAL_MISMATCH);
        assertThat(hall.findings()).extracting(Finding::key).containsExactly("FILE_INTEGRITY:RECEIPT_TOTAL",
                "FILE_INTEGRITY:RECEIPT_COUNT", "RECEIPT_WITHOUT_CARDHOLDER", "TOTAL_MISMATCH");
        assertThat(hall.findings().get(3).amountImpact()).isEqualTo(new BigDecimal("-375.87"));
    }

    @Test
    void duplicateNamesKeepTheirOwnTransactionsAndRepeatedAmountsMatchOnce() {
        ReconciledEmployee first = employee("045252");
        assertThat(first.receiptName()).isNull();
        assertThat(first.findings()).extracting(Finding::flag)
                .containsExactly(MISSING_RECEIPT, MISSING_RECEIPT, TOTAL_MISMATCH);
        assertThat(first.findings().get(0).detail())
                .startsWith("No receipt for 03/01/2025 ACE HARDWARE 7456 SAN MARCOS TX $165.88");
        assertThat(first.findings().get(2).amountImpact()).isEqualTo(new BigDecimal("6421.59"));

        ReconciledEmployee second = employee("156620");
        assertThat(second.carPages()).isEqualTo(new PageRange(2, 2));
        assertThat(second.receiptPages()).isEqualTo(new PageRange(5, 5));
        assertThat(second.unmatchedCount()).isEqualTo(1);
        assertThat(second.flags()).containsExactly(MISSING_ATTACHMENT, MISSING_RECEIPT, TOTAL_MISMATCH);
        assertThat(second.findings()).extracting(Finding::key).contains("MISSING_RECEIPT:24869575078456992117633");
    }

    @Test
    void theReportTotalMismatchIsASessionWarningOnly() {
        assertThat(result.warnings()).extracting(ParseWarning::message)
                .anySatisfy(m -> assertThat(m).startsWith("CAR: ").contains("Report Total", "1.00"));
        assertThat(result.employees()).flatExtracting(ReconciledEmployee::findings)
                .noneSatisfy(f -> assertThat(f.detail()).contains("Report Total"));
    }
}
