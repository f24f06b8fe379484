package com.ccp.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSets;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.HostilePdfs;
import com.ccp.testing.TestPdfs;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every PDFBox pass stops a page built to stall it, from inside the work, and names the page. */
@Timeout(120)
class PdfBudgetTest {

    private static final Duration PLENTY = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "fan-out {0}, {1} levels deep")
    @CsvSource({"10, 7", "10, 8", "10, 12", "2, 40", "1, 60"})
    void anUploadWithAFormBombIsRefusedAsDamagedNamingThePage(int fanOut, int depth) {
        File bomb = HostilePdfs.formBomb(dir.resolve("bomb.pdf"), fanOut, depth).toFile();

        assertThatThrownBy(() -> PdfInspector.inspect(bomb, 100, PdfBudget.within(PLENTY)))
                .isInstanceOfSatisfying(PdfProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(PdfProblem.Kind.DAMAGED);
                    assertThat(problem.getMessage()).startsWith("page 1 cannot be read: ")
                            .containsAnyOf("drawing operations", "levels deep");
                });
    }

    @Test
    void aShallowFanOutWithinTheCapsIsReadNormally() throws Exception {
        File small = HostilePdfs.formBomb(dir.resolve("small.pdf"), 10, 4).toFile();

        assertThat(PdfInspector.inspect(small, 100, PdfBudget.within(PLENTY)).pageCount()).isEqualTo(1);
    }

    @Test
    void aBombOnALaterPageFailsTheParallelReadNamingFileAndPage() throws Exception {
        SampleSet set = SampleSets.generate(SampleSpec.standard(7, 6), dir.resolve("set"));
        Path car = HostilePdfs.withBombOnPage(set.car(), dir.resolve("car-bomb.pdf"), 2, 10, 8);
        int pages;
        try (PDDocument document = Loader.loadPDF(car.toFile())) {
            pages = document.getNumberOfPages();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> ParallelTextExtractor.extract(
                    List.of(new ParallelTextExtractor.Source(car.toFile(), pages, "the CAR")), pool, 2, PLENTY,
                    new ParallelTextExtractor.Listener() {
                        @Override
                        public void pageDone(int source, String text) {
                        }

                        @Override
                        public boolean stopRequested() {
                            return false;
                        }
                    }))
                    .isInstanceOf(PdfProblem.class)
                    .hasMessageStartingWith("page 2 of the CAR cannot be read: it takes more than");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void renderingAndPlainReadingStopAtTheBombToo() {
        File bomb = HostilePdfs.formBomb(dir.resolve("bomb.pdf"), 10, 8).toFile();

        assertThatThrownBy(() -> PageImages.png(bomb, 1, 100)).isInstanceOfSatisfying(PageOverBudget.class,
                over -> assertThat(over.page()).isEqualTo(1));
        assertThatThrownBy(() -> PageTexts.read(bomb, PLENTY)).isInstanceOf(PageOverBudget.class);
    }

    @Test
    void theDeadlineStopsAPassThatIsWithinThePageCaps() {
        File bomb = HostilePdfs.formBomb(dir.resolve("bomb.pdf"), 10, 8).toFile();

        assertThatThrownBy(() -> PageTexts.read(bomb, Duration.ZERO)).isInstanceOfSatisfying(PageOverBudget.class,
                over -> assertThat(over.reason()).isEqualTo(PageOverBudget.Reason.TIME));
    }

    @Test
    void aPageTreeClaimingMorePagesThanItHoldsIsDamagedNotTooLong() throws Exception {
        Path honest = TestPdfs.textPdf(dir.resolve("two.pdf"), List.of("first", "second"));
        Path lying = dir.resolve("lying.pdf");
        try (PDDocument document = Loader.loadPDF(honest.toFile())) {
            document.getPages().getCOSObject().setInt(COSName.COUNT, 1_410_065_407);
            document.save(lying.toFile());
        }

        assertThatThrownBy(() -> PdfInspector.inspect(lying.toFile(), 100, PdfBudget.within(PLENTY)))
                .isInstanceOfSatisfying(PdfProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(PdfProblem.Kind.DAMAGED);
                    assertThat(problem.getMessage()).contains("claims 1,410,065,407 pages but holds 2");
                });
        Path many = TestPdfs.blankPages(dir.resolve("many.pdf"), 5);
        assertThatThrownBy(() -> PdfInspector.inspect(many.toFile(), 4, PdfBudget.within(PLENTY)))
                .isInstanceOfSatisfying(PdfProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(PdfProblem.Kind.TOO_MANY_PAGES));
    }
}
