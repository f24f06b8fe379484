package com.ccp.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * PDFs built to stall a reader: a form XObject that draws the next one {@code fanOut} times, {@code
 * depth} levels deep — {@code fanOut^depth} operations in a file of a few kilobytes.
 */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /** A one-page file whose page draws the bomb. */
    public static Path formBomb(Path file, int fanOut, int depth) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            drawBomb(document, page, fanOut, depth);
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code source} whose page {@code page} (1-based) also draws the bomb, after its own content. */
    public static Path withBombOnPage(Path source, Path file, int page, int fanOut, int depth) {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            drawBomb(document, document.getPage(page - 1), fanOut, depth);
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code source} with one more page at the end that holds no text, font or form — only
     * {@code operators} graphics-state operators: a reader skips it, a renderer must run them all.
     */
    public static Path withOperatorFloodPage(Path source, Path file, int operators) {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] pair = "q Q\n".getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < operators / 2; i++) {
                    out.write(pair);
                }
            }
            page.setContents(content);
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawBomb(PDDocument document, PDPage page, int fanOut, int depth) throws IOException {
        PDFormXObject inner = form(document, "0 0 1 1 re f\n", null);
        for (int level = depth; level > 0; level--) {
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F"), inner);
            inner = form(document, "/F Do\n".repeat(fanOut), resources);
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, false, true)) {
            content.drawForm(inner);
        }
    }

    private static PDFormXObject form(PDDocument document, String operators, PDResources resources) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(0, 0, 10, 10));
        if (resources != null) {
            form.setResources(resources);
        }
        try (OutputStream out = form.getCOSObject().createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }
}
