package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.report.NameOrder;
import org.junit.jupiter.api.Test;

class ExportFileNamesTest {

    @Test
    void foldsTheLastNameOfLastNameFirstNamesToAsciiLettersAndDigits() {
        assertThat(document("O'BRIEN, MARY K", NameOrder.LAST_FIRST)).isEqualTo("004512_OBRIEN_2025-03.pdf");
        assertThat(document("DE LA CRUZ, ANA", NameOrder.LAST_FIRST)).isEqualTo("004512_DELACRUZ_2025-03.pdf");
        assertThat(document("NUÑEZ, JOSÉ", NameOrder.LAST_FIRST)).isEqualTo("004512_NUNEZ_2025-03.pdf");
        assertThat(document("SMITH-JONES, PAT", NameOrder.LAST_FIRST)).isEqualTo("004512_SMITHJONES_2025-03.pdf");
        assertThat(document("O'Brien, Mary K", NameOrder.LAST_FIRST)).isEqualTo("004512_OBRIEN_2025-03.pdf");
    }

    @Test
    void takesTheLastWordOfFirstNameFirstNames() {
        assertThat(document("José Nuñez", NameOrder.FIRST_LAST)).isEqualTo("004512_NUNEZ_2025-03.pdf");
        assertThat(document("MARY K O'BRIEN", NameOrder.FIRST_LAST)).isEqualTo("004512_OBRIEN_2025-03.pdf");
    }

    @Test
    void namesTheEmployeeDocumentByIdLastNameAndPeriod() {
        assertThat(ExportFileNames.employeeDocument("NOID-COLLINS-THOMAS", "Thomas Collins", NameOrder.FIRST_LAST,
                "2025-03")).isEqualTo("NOID-COLLINS-THOMAS_COLLINS_2025-03.pdf");
        assertThat(ExportFileNames.employeeDocument("7", "---", NameOrder.FIRST_LAST, "2025-03"))
                .isEqualTo("7_UNKNOWN_2025-03.pdf");
    }

    private static String document(String name, NameOrder order) {
        return ExportFileNames.employeeDocument("004512", name, order, "2025-03");
    }

    @Test
    void namesTheBatchFilesAfterPeriodAndBatch() {
        assertThat(ExportFileNames.pvault("2025-03", "b1")).isEqualTo("pvault_2025-03_b1.zip");
        assertThat(ExportFileNames.exceptionsCsv("2025-03", "b1")).isEqualTo("exceptions_2025-03_b1.csv");
        assertThat(ExportFileNames.exceptionsPdf("2025-03", "b1")).isEqualTo("exceptions_2025-03_b1.pdf");
    }
}
