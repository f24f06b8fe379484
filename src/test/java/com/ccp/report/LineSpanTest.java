package com.ccp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines each section owns, as indices into its page's lines (header lines counted). */
class LineSpanTest {

    private static final String COLUMNS =
            "Trans Date Post Date Reference Number        Merchant Name / Location          Amount";

    @Test
    void cardholderSectionsOwnTheirLinesOnASharedPageAndTheirContinuation() {
        List<String> texts = ReportTexts.car().page(
                "Cardholder: O'BRIEN, MARY K                    Employee ID: 004512",
                "Account Number: XXXX-XXXX-XXXX-4821            Cost Center: 210 Field Ops",
                COLUMNS,
                "03/02/2025 03/04/2025 24492155061000012345678 HOME DEPOT #4521 AUSTIN TX       1,234.56",
                "Cardholder Total (1 transactions):                                          1,234.56",
                "Cardholder: DE LA CRUZ, ANA                    Employee ID: 000777",
                "Account Number: XXXX-XXXX-XXXX-1111",
                COLUMNS,
                "03/05/2025 03/06/2025 24445005065000098765432 SHELL OIL 57443 ROUND ROCK TX      45.10")
                .page(
                "Cardholder: DE LA CRUZ, ANA (continued)",
                COLUMNS,
                "   GL Account: 6420 - Fuel - Vehicles",
                "Cardholder Total (1 transactions):                                          45.10",
                "Report Total: 1,279.66   Cardholders: 2   Transactions: 2").texts();

        List<Cardholder> cardholders = CarParser.parse(BuiltInProfiles.car(), texts).cardholders();

        // each page: three header lines (0-2), the body, the footer last
        assertThat(cardholders.get(0).lines()).containsExactly(new LineSpan(1, 3, 7));
        assertThat(cardholders.get(1).lines()).containsExactly(new LineSpan(1, 8, 11), new LineSpan(2, 3, 6));
    }

    @Test
    void receiptSectionsOwnTheirLinesButNotTheImagePagesText() {
        List<String> texts = ReportTexts.receipts().page(
                "Employee: Mary K O'Brien                        Employee ID: 004512",
                "Receipt ID     Date       Merchant                         Amount",
                "R-004512-001   03/02/2025 Home Depot #4521                  $1,234.56",
                "   Attachment: No",
                "Receipt Total: $1,234.56   Receipts: 1",
                "Employee: Ana De La Cruz                        Employee ID: 000777",
                "Receipt ID     Date       Merchant                         Amount",
                "R-000777-001   03/05/2025 Shell                             $45.10",
                "   Attachment: No",
                "Receipt Total: $45.10   Receipts: 1").texts();

        List<ReceiptEmployee> sections = ReceiptParser.parse(BuiltInProfiles.receipts(), texts).employees();

        assertThat(sections.get(0).lines()).containsExactly(new LineSpan(1, 3, 7));
        assertThat(sections.get(1).lines()).containsExactly(new LineSpan(1, 8, 12));
    }
}
