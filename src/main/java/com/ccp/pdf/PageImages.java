package com.ccp.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders one page of a stored PDF to PNG, on demand. */
public final class PageImages {

    private PageImages() {
    }

    public static byte[] png(File pdf, int page, float dpi) throws IOException {
        try (PDDocument document = ReadingParser.open(pdf)) {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw new IllegalArgumentException("page " + page + " is outside 1-" + document.getNumberOfPages());
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }
}
