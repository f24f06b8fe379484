package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFileNamesTest {

    @Test
    void foldsTheLastNameOfCarNamesToAsciiLettersAndDigits() {
        assertThat(ExportFileNames.lastName("O'BRIEN, MARY K")).isEqualTo("OBRIEN");
        assertThat(ExportFileNames.lastName("DE LA CRUZ, ANA")).isEqualTo("DELACRUZ");
        assertThat(ExportFileNames.lastName("NUÑEZ, JOSÉ")).isEqualTo("NUNEZ");
        assertThat(ExportFileNames.lastName("SMITH-JONES, PAT")).isEqualTo("SMITHJONES");
    }

    @Test
    void takesTheLastWordOfReceiptReportNames() {
        assertThat(ExportFileNames.lastName("José Nuñez")).isEqualTo("NUNEZ");
        assertThat(ExportFileNames.lastName("Mary K O'Brien")).isEqualTo("OBRIEN");
    }

    @Test
    void namesTheEmployeeDocumentByIdLastNameAndPeriod() {
        assertThat(ExportFileNames.employeeDocument("004512", "O'BRIEN, MARY K", "2025-03"))
                .isEqualTo("004512_OBRIEN_2025-03.pdf");
        assertThat(ExportFileNames.employeeDocument("NOID-COLLINS-THOMAS", "Thomas Collins", "2025-03"))
                .isEqualTo("NOID-COLLINS-THOMAS_COLLINS_2025-03.pdf");
        assertThat(ExportFileNames.employeeDocument("7", "---", "2025-03")).isEqualTo("7_UNKNOWN_2025-03.pdf");
    }

    @Test
    void namesTheBatchFilesAfterPeriodAndBatch() {
        assertThat(ExportFileNames.pvault("2025-03", "b1")).isEqualTo("pvault_2025-03_b1.zip");
        assertThat(ExportFileNames.exceptionsCsv("2025-03", "b1")).isEqualTo("exceptions_2025-03_b1.csv");
        assertThat(ExportFileNames.exceptionsPdf("2025-03", "b1")).isEqualTo("exceptions_2025-03_b1.pdf");
    }
}
