package com.ccp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarParserTest {

    private static final String COLUMNS =
            "Trans Date Post Date Reference Number        Merchant Name / Location          Amount";

    private static List<String> smallCar() {
        return ReportTexts.car().page(
                "Cardholder: O'BRIEN, MARY K                    Employee ID: 004512",
                "Account Number: XXXX-XXXX-XXXX-4821            Cost Center: 210 Field Ops",
                COLUMNS,
                "03/02/2025 03/04/2025 24492155061000012345678 HOME DEPOT #4521 AUSTIN TX       1,234.56",
                "   Job: 23-104   Phase: 0300   Cost Type: M",
                "   Description: Lumber for framing",
                "03/05/2025 03/06/2025 24445005065000098765432 SHELL OIL 57443 ROUND ROCK TX      45.10",
                "   GL Account: 6420 - Fuel - Vehicles",
                "   Description: Truck fuel",
                "03/09/2025 03/10/2025 24692165069000011122233 AMAZON MKTPLACE PMTS AMZN.COM WA  (23.99)",
                "Cardholder Total (3 transactions):                                          1,255.67",
                "Report Total: 1,255.67   Cardholders: 1   Transactions: 3").texts();
    }

    @Test
    void readsSectionTransactionsCodingAndTotals() {
        CarReport report = CarParser.parse(BuiltInProfiles.car(), smallCar());

        assertThat(report.company()).isEqualTo("Acme Construction, Inc.");
        assertThat(report.period().key()).isEqualTo("2025-03");
        assertThat(report.pageCount()).isEqualTo(1);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.printedReportTotal()).isEqualByComparingTo("1255.67");
        assertThat(report.printedCardholders()).isEqualTo(1);
        assertThat(report.printedTransactions()).isEqualTo(3);
        Cardholder mary = report.cardholders().get(0);
        assertThat(mary.name()).isEqualTo("O'BRIEN, MARY K");
        assertThat(mary.employeeId()).isEqualTo("004512");
        assertThat(mary.cardLast4()).isEqualTo("4821");
        assertThat(mary.costCenter()).isEqualTo("210 Field Ops");
        assertThat(mary.pages()).isEqualTo(new PageRange(1, 1));
        assertThat(mary.printedTotal()).isEqualTo(new BigDecimal("1255.67"));
        assertThat(mary.printedCount()).isEqualTo(3);
        assertThat(mary.total()).isEqualTo(new BigDecimal("1255.67"));

        CarTransaction lumber = mary.transactions().get(0);
        assertThat(lumber.transDate()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(lumber.postDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(lumber.reference()).isEqualTo("24492155061000012345678");
        assertThat(lumber.merchant()).isEqualTo("HOME DEPOT #4521 AUSTIN TX");
        assertThat(lumber.amount()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(List.of(lumber.job(), lumber.phase(), lumber.costType())).containsExactly("23-104", "0300", "M");
        assertThat(lumber.description()).isEqualTo("Lumber for framing");
        assertThat(lumber.coded()).isTrue();

        CarTransaction fuel = mary.transactions().get(1);
        assertThat(fuel.glAccount()).isEqualTo("6420 - Fuel - Vehicles");
        assertThat(fuel.job()).isNull();
        assertThat(fuel.coded()).isTrue();

        CarTransaction credit = mary.transactions().get(2);
        assertThat(credit.amount()).isEqualTo(new BigDecimal("-23.99"));
        assertThat(credit.merchant()).isEqualTo("AMAZON MKTPLACE PMTS AMZN.COM WA");
        assertThat(credit.coded()).isFalse();
        assertThat(credit.description()).isNull();
    }

    @Test
    void continuedSectionKeepsCodingThatFollowsOnTheNextPage() {
        List<String> pages = ReportTexts.car().page(
                "Cardholder: COLLINS, THOMAS Employee ID: 192832",
                "Account Number: XXXX-XXXX-XXXX-9068 Cost Center: 150 Estimating",
                COLUMNS,
                "03/01/2025 03/01/2025 24728885060429234567114 STARBUCKS STORE 97713 AUSTIN TX 26.57",
                "GL Account: 6530 - Meals",
                "03/16/2025 03/16/2025 24660255075920770635771 RUDY'S BBQ 31 GEORGETOWN TX 149.13"
        ).page(
                "Cardholder: COLLINS, THOMAS (continued)",
                COLUMNS,
                "Job: 25-003 Phase: 0100 Cost Type: O",
                "Description: Crew breakfast before early pour",
                "03/16/2025 03/18/2025 24180855075519533572198 USPS PO 6100134259 GEORGETOWN TX 351.62",
                "GL Account: 6100 - Office Supplies",
                "Cardholder Total (3 transactions): 527.32",
                "Report Total: 527.32 Cardholders: 1 Transactions: 3").texts();

        CarReport report = CarParser.parse(BuiltInProfiles.car(), pages);

        assertThat(report.warnings()).isEmpty();
        Cardholder collins = report.cardholders().get(0);
        assertThat(report.cardholders()).hasSize(1);
        assertThat(collins.pages()).isEqualTo(new PageRange(1, 2));
        assertThat(collins.transactions()).hasSize(3);
        CarTransaction rudys = collins.transactions().get(1);
        assertThat(rudys.page()).isEqualTo(1);
        assertThat(List.of(rudys.job(), rudys.phase(), rudys.costType())).containsExactly("25-003", "0100", "O");
        assertThat(rudys.description()).isEqualTo("Crew breakfast before early pour");
        assertThat(collins.transactions().get(2).page()).isEqualTo(2);
    }

    @Test
    void wrappedDescriptionContinuesAcrossAPageBreak() {
        List<String> pages = ReportTexts.car().page(
                "Cardholder: HERNANDEZ, BARBARA K Employee ID: 156620",
                COLUMNS,
                "03/10/2025 03/13/2025 24235345069899998447828 BUC-EE'S #80 ROUND ROCK TX 31.74",
                "Job: 24-088 Phase: 0410 Cost Type: E",
                "Description: Truck fuel for Round Rock Fire Station 9, per PO 5543 approved by T. Nguyen;",
                "   delivered to the laydown"
        ).page(
                "Cardholder: HERNANDEZ, BARBARA K (continued)",
                COLUMNS,
                "   yard, remaining balance to be billed",
                "   on the next statement",
                "Cardholder Total (1 transactions): 31.74",
                "Report Total: 31.74 Cardholders: 1 Transactions: 1").texts();

        CarReport report = CarParser.parse(BuiltInProfiles.car(), pages);

        assertThat(report.warnings()).isEmpty();
        CarTransaction fuel = report.cardholders().get(0).transactions().get(0);
        assertThat(fuel.description()).isEqualTo("Truck fuel for Round Rock Fire Station 9, per PO 5543 approved by"
                + " T. Nguyen; delivered to the laydown yard, remaining balance to be billed on the next statement");
        assertThat(report.cardholders().get(0).pages()).isEqualTo(new PageRange(1, 2));
    }

    @Test
    void anEmptyOrMissingCodingPartLeavesTheTransactionUncoded() {
        List<String> pages = ReportTexts.car().page(
                "Cardholder: MARTINEZ-RUIZ, ANTHONY Employee ID: 152347",
                COLUMNS,
                "03/14/2025 03/16/2025 24404495073309236885911 STAPLES 78590 ROUND ROCK TX 222.20",
                "Job: 24-052   Phase:   Cost Type: O",
                "03/15/2025 03/16/2025 24404495073309236885912 STAPLES 78590 ROUND ROCK TX 10.00",
                "Phase: 0300 Cost Type: O",
                "03/16/2025 03/16/2025 24404495073309236885913 STAPLES 78590 ROUND ROCK TX 11.00",
                "Job: 24-052 Cost Type: O",
                "03/17/2025 03/18/2025 24404495073309236885914 STAPLES 78590 ROUND ROCK TX 12.00",
                "Job: 24-052 Phase: 0100 Cost Type:",
                "03/18/2025 03/18/2025 24404495073309236885915 STAPLES 78590 ROUND ROCK TX 13.00",
                "GL Account:",
                "Description: Binders",
                "Cardholder Total (5 transactions): 268.20",
                "Report Total: 268.20 Cardholders: 1 Transactions: 5").texts();

        List<CarTransaction> transactions = CarParser.parse(BuiltInProfiles.car(), pages).cardholders().get(0).transactions();

        CarTransaction emptyPhase = transactions.get(0);
        assertThat(emptyPhase.job()).isEqualTo("24-052");
        assertThat(emptyPhase.phase()).isNull();
        assertThat(emptyPhase.costType()).isEqualTo("O");
        assertThat(transactions.get(1).job()).isNull();
        assertThat(transactions.get(1).phase()).isEqualTo("0300");
        assertThat(transactions.get(2).phase()).isNull();
        assertThat(transactions.get(3).costType()).isNull();
        assertThat(transactions.get(4).glAccount()).isNull();
        assertThat(transactions).allSatisfy(t -> assertThat(t.coded()).isFalse());
    }

    @Test
    void keepsAccentsPunctuationAndLeadingZeros() {
        List<String> pages = ReportTexts.car().page(
                "Cardholder: DE LA CRUZ, ANA Employee ID: 004355",
                COLUMNS,
                "03/16/2025 03/18/2025 24093305075898345990796 CAFÉ EXPRESS 03 GEORGETOWN TX 9.10",
                "GL Account: 6530 - Meals",
                "Cardholder Total (1 transactions): 9.10",
                "Cardholder: NUÑEZ, JOSÉ Employee ID: 4355",
                COLUMNS,
                "03/08/2025 03/11/2025 24035905067211524972767 FERGUSON ENT #6222 PFLUGERVILLE TX 1,390.23",
                "Cardholder Total (1 transactions): 1,390.23",
                "Report Total: 1,399.33 Cardholders: 2 Transactions: 2").texts();

        CarReport report = CarParser.parse(BuiltInProfiles.car(), pages);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.cardholders()).extracting(Cardholder::employeeId).containsExactly("004355", "4355");
        assertThat(report.cardholders()).extracting(Cardholder::name).containsExactly("DE LA CRUZ, ANA", "NUÑEZ, JOSÉ");
        assertThat(report.cardholders().get(0).transactions().get(0).merchant()).isEqualTo("CAFÉ EXPRESS 03 GEORGETOWN TX");
        assertThat(report.cardholders().get(1).total()).isEqualTo(new BigDecimal("1390.23"));
    }

    @Test
    void readsAnotherLayoutCompanyPeriodAndFooter() {
        List<String> pages = ReportTexts.car("Northwind Builders LLC", "11/01/2025 - 11/30/2025",
                "Generated 12/02/2025 09:33 - Internal use only").page(
                "Cardholder:   ALLEN, ANA                                               Employee ID:   053412",
                "Account Number:   XXXX-XXXX-XXXX-9243",
                "   Trans Date   Post Date   Reference Number   Merchant Name / Location   Amount",
                "   11/07/2025   11/10/2025   24239675311434891323109   MCCOY'S BUILDING SUPPLY CENTER 67 DALLAS TX   (1,391.09)",
                "      Job: 24-052      Phase: 1600      Cost Type: M",
                "      Description: 2x6 studs and OSB sheathing for Riverside Commons Phase",
                "      2, per PO 9161 approved by J. Alvarez",
                "   11/08/2025   11/08/2025   24052375312588462615950   VALERO   12,143.07",
                "      GL Account: 6420 - Fuel - Vehicles",
                "Cardholder Total (2 transactions):   10,751.98"
        ).page(
                "Report Total: 10,751.98   Cardholders: 1   Transactions: 2").texts();

        CarReport report = CarParser.parse(BuiltInProfiles.car(), pages);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.company()).isEqualTo("Northwind Builders LLC");
        assertThat(report.period().start()).isEqualTo(LocalDate.of(2025, 11, 1));
        Cardholder allen = report.cardholders().get(0);
        assertThat(allen.costCenter()).isNull();
        assertThat(allen.pages()).isEqualTo(new PageRange(1, 1));
        assertThat(allen.transactions().get(0).amount()).isEqualTo(new BigDecimal("-1391.09"));
        assertThat(allen.transactions().get(0).description())
                .isEqualTo("2x6 studs and OSB sheathing for Riverside Commons Phase 2, per PO 9161 approved by J. Alvarez");
        assertThat(allen.transactions().get(1).amount()).isEqualTo(new BigDecimal("12143.07"));
        assertThat(report.printedReportTotal()).isEqualTo(new BigDecimal("10751.98"));
    }

    @Test
    void toleratesAPageNumberLineAndATwoLineColumnHeader() {
        String page1 = String.join("\n", "Page 1 of 2", "CARDHOLDER ACTIVITY REPORT", "Globex Corp.",
                "Statement Period: 02/01/2026 - 02/28/2026",
                "Cardholder: NGUYEN, NANCY Employee ID: 089321",
                "Trans    Post     Reference    Merchant Name /    Amount",
                "Date     Date     Number       Location",
                "02/03/2026 02/04/2026 REF-1 ACME 10.00",
                "Job: 1 Phase: 2 Cost Type: 3",
                "- confidential, do not distribute -");
        String page2 = String.join("\n", "CARDHOLDER ACTIVITY REPORT Page 2 of 2", "Globex Corp.",
                "Statement Period: 02/01/2026 - 02/28/2026",
                "Cardholder: NGUYEN, NANCY (continued)",
                "Trans    Post     Reference    Merchant Name /    Amount",
                "Date     Date     Number       Location",
                "Cardholder Total (1 transactions): 10.00",
                "Report Total: 10.00 Cardholders: 1 Transactions: 1",
                "- confidential, do not distribute -");

        CarReport report = CarParser.parse(BuiltInProfiles.car(), List.of(page1, page2));

        assertThat(report.warnings()).isEmpty();
        assertThat(report.company()).isEqualTo("Globex Corp.");
        assertThat(report.period().key()).isEqualTo("2026-02");
        assertThat(report.cardholders().get(0).transactions()).singleElement()
                .satisfies(t -> assertThat(t.coded()).isTrue());
        assertThat(report.cardholders().get(0).pages()).isEqualTo(new PageRange(1, 2));
    }

    @Test
    void aReportTotalOnTheLastLineIsNotTakenForTheFooter() {
        List<String> texts = List.of(String.join("\n",
                "CARDHOLDER ACTIVITY REPORT", "Acme Construction, Inc.", "Statement Period: 03/01/2025 - 03/31/2025",
                "Cardholder: HALL, THOMAS Employee ID: 050834", COLUMNS,
                "03/01/2025 03/02/2025 2400000000000000000001 COURTYARD 375.87",
                "GL Account: 6520 - Travel - Lodging",
                "Cardholder Total (1 transactions): 375.87",
                "Report Total: 375.87 Cardholders: 1 Transactions: 1"));

        CarReport report = CarParser.parse(BuiltInProfiles.car(), texts);

        assertThat(report.printedReportTotal()).isEqualTo(new BigDecimal("375.87"));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void keepsWrongPrintedTotalsForTheIntegrityCheckAndWarnsAboutTheReportTotal() {
        List<String> pages = ReportTexts.car().page(
                "Cardholder: COLLINS, THOMAS Employee ID: 192832",
                COLUMNS,
                "03/01/2025 03/01/2025 24728885060429234567114 STARBUCKS 26.57",
                "GL Account: 6530 - Meals",
                "Cardholder Total (2 transactions): 30.00",
                "Report Total: 99.99 Cardholders: 2 Transactions: 1").texts();

        CarReport report = CarParser.parse(BuiltInProfiles.car(), pages);

        Cardholder collins = report.cardholders().get(0);
        assertThat(collins.printedCount()).isEqualTo(2);
        assertThat(collins.printedTotal()).isEqualTo(new BigDecimal("30.00"));
        assertThat(collins.total()).isEqualTo(new BigDecimal("26.57"));
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.page()).isEqualTo(1);
            assertThat(w.message()).contains("Report Total", "99.99", "26.57", "2 cardholders but 1 were read");
        });
    }

    @Test
    void aLineThatFitsNowhereBecomesAWarningWithItsPage() {
        List<String> pages = ReportTexts.car().page(
                "Cardholder: COLLINS, THOMAS Employee ID: 192832",
                COLUMNS,
                "03/01/2025 03/01/2025 24728885060429234567114 STARBUCKS 26.57",
                "GL Account: 6530 - Meals"
        ).page(
                "Cardholder: COLLINS, THOMAS (continued)",
                COLUMNS,
                "Cardholder Total (1 transactions): 26.57",
                "SOMETHING UNEXPECTED 12",
                "Report Total: 26.57 Cardholders: 1 Transactions: 1").texts();

        CarReport report = CarParser.parse(BuiltInProfiles.car(), pages);

        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.page()).isEqualTo(2);
            assertThat(w.message()).contains("SOMETHING UNEXPECTED 12");
        });
    }

    @Test
    void readsTheHeaderOfACarOnly() {
        String carPage = smallCar().get(0);
        String receiptPage = ReportTexts.receipts().page("Employee: Ana Cruz").texts().get(0);

        assertThat(CarParser.readHeader(BuiltInProfiles.car(), carPage)).contains(new ReportHeader("Acme Construction, Inc.",
                new StatementPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))));
        assertThat(CarParser.readHeader(BuiltInProfiles.car(), receiptPage)).isEmpty();
        assertThat(CarParser.readHeader(BuiltInProfiles.car(), "")).isEmpty();
        assertThat(CarParser.readHeader(BuiltInProfiles.car(), "CARDHOLDER ACTIVITY REPORT\nAcme\nno period here")).isEmpty();
    }

    @Test
    void refusesAFileThatIsNotACar() {
        List<String> receipts = ReportTexts.receipts().page("Employee: Ana Cruz").texts();

        ProfileCatalog catalog = new ProfileCatalog(BuiltInProfiles.all());

        assertThatThrownBy(() -> catalog.select(ProfileKind.CAR, receipts.get(0)))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("receipt report, not a Cardholder Activity Report");
        assertThatThrownBy(() -> catalog.select(ProfileKind.CAR, "MONTHLY STATEMENT\nAcme"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("its first line is 'MONTHLY STATEMENT'")
                .hasMessageContaining("the title 'CARDHOLDER ACTIVITY REPORT'");
        assertThatThrownBy(() -> CarParser.parse(BuiltInProfiles.car(), receipts))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("not a Cardholder Activity Report");
        assertThatThrownBy(() -> CarParser.parse(BuiltInProfiles.car(), List.of("", ""))).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("not a Cardholder Activity Report");
    }

    @Test
    void refusesACarWithoutCardholdersOrWithoutReportTotal() {
        List<String> noSection = ReportTexts.car().page("Report Total: 0.00 Cardholders: 0 Transactions: 0").texts();
        List<String> truncated = smallCar().stream().map(t -> t.replace("Report Total", "Report Sum")).toList();

        assertThatThrownBy(() -> CarParser.parse(BuiltInProfiles.car(), noSection)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("no cardholder section");
        assertThatThrownBy(() -> CarParser.parse(BuiltInProfiles.car(), truncated)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("no 'Report Total:' line");
    }
}
