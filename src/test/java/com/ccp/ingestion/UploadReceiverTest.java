package com.ccp.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadReceiverTest {

    @Test
    void aFileNameIsKeptPrintableAndWithinItsColumnWithItsExtension() {
        assertThat(UploadReceiver.cleanName("march\u0000car.pdf")).isEqualTo("marchcar.pdf");
        assertThat(UploadReceiver.cleanName("a".repeat(255))).hasSize(255);
        String cut = UploadReceiver.cleanName("b".repeat(5000) + "-end.pdf");
        assertThat(cut).hasSize(UploadReceiver.MAX_NAME).endsWith("-end.pdf").contains("…");
        assertThat(UploadReceiver.cleanName(null)).isNull();
    }
}
