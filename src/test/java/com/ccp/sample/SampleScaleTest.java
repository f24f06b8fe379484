package com.ccp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The benchmark's size: 500 employees must be quick to write and stay small on disk. */
class SampleScaleTest {

    @Test
    void five_hundred_employees_generate_quickly() throws IOException {
        long start = System.nanoTime();
        SampleSet set = SampleSets.generate(SampleSpec.standard(500, 500),
                Path.of("target", "samples-test", "scale-500"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(set.expected().transactions()).isBetween(6500, 8500);
        assertThat(Files.size(set.car()) + Files.size(set.receipts())).isLessThan(20_000_000L);
        try (PDDocument car = Loader.loadPDF(set.car().toFile(), IOUtils.createTempFileOnlyStreamCache());
                PDDocument receipts = Loader.loadPDF(set.receipts().toFile(),
                        IOUtils.createTempFileOnlyStreamCache())) {
            assertThat(car.getNumberOfPages()).isEqualTo(set.expected().carPageCount());
            assertThat(receipts.getNumberOfPages()).isEqualTo(set.expected().receiptPageCount());
        }
    }
}
