package com.ccp.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Renders one page of a stored PDF to PNG, on demand, within a {@link PdfBudget}: every operator
 * the renderer runs is charged to it, and a page too large for the resolution is drawn smaller.
 */
public final class PageImages {

    /** A rendering runs on a web request: it must end long before the client gives up. */
    static final Duration LIMIT = Duration.ofSeconds(20);

    /** ~25 MP, 100 MB as RGB: a letter page at 600 dpi; a page claiming to be a wall is drawn smaller. */
    private static final double MAX_PIXELS = 25_000_000;

    private PageImages() {
    }

    /** The page as PNG; throws {@link PageOverBudget} for a page built to stall the renderer. */
    public static byte[] png(File pdf, int page, float dpi) throws IOException {
        PdfBudget budget = PdfBudget.forRendering(LIMIT);
        try (PDDocument document = ReadingParser.open(pdf)) {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw new IllegalArgumentException("page " + page + " is outside 1-" + document.getNumberOfPages());
            }
            budget.startPage(page);
            PDRectangle box = document.getPage(page - 1).getCropBox();
            double points = Math.max(1, (double) box.getWidth() * box.getHeight());
            float scale = (float) Math.min(dpi / 72.0, Math.sqrt(MAX_PIXELS / points));
            BudgetedRenderer renderer = new BudgetedRenderer(document, budget);
            // a scan far finer than the preview is decoded at the preview's resolution, not whole into memory
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImage(page - 1, scale, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }

    private static final class BudgetedRenderer extends PDFRenderer {
        private final PdfBudget budget;

        BudgetedRenderer(PDDocument document, PdfBudget budget) {
            super(document);
            this.budget = budget;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new BudgetedDrawer(parameters, budget);
        }
    }

    private static final class BudgetedDrawer extends PageDrawer {
        private final PdfBudget budget;

        BudgetedDrawer(PageDrawerParameters parameters, PdfBudget budget) throws IOException {
            super(parameters);
            this.budget = budget;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.enter();
            try {
                super.processOperator(operator, operands);
            } finally {
                budget.leave();
            }
        }
    }
}
