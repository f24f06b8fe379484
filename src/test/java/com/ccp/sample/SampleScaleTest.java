package com.ccp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The benchmark's size: 500 employees as the truth says, small on disk; their time is the benchmark's. */
class SampleScaleTest {

    @Test
    void five_hundred_employees_fill_the_pages_the_truth_names_and_stay_small() throws IOException {
        SampleSet set = SampleSets.generate(SampleSpec.standard(500, 500),
                Path.of("target", "samples-test", "scale-500"));

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
