package com.ccp.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Small hand-made PDFs for the bad-input tests: plain text pages, protected, image-only, broken. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** One page per entry, each line of it written top-down in Helvetica. */
    /** A one-page CAR of the small sample's month and company that ends without its 'Report Total:' line. */
    public static Path carWithoutReportTotal(Path file) {
        return textPdf(file, List.of("""
                CARDHOLDER ACTIVITY REPORT
                Acme Construction, Inc.
                Statement Period: 03/01/2025 - 03/31/2025   Page 1 of 1
                Cardholder: SMITH, JOHN   Employee ID: 001234
                Account Number: XXXX-XXXX-XXXX-1111   Cost Center: 100 Admin
                Trans Date Post Date Reference Number   Merchant Name / Location   Amount
                03/02/2025 03/03/2025 24492155061000012345678 HOME DEPOT #4521 AUSTIN TX   12.50
                   GL Account: 6100 - Office Supplies
                Cardholder Total (1 transactions):   12.50
                Printed 04/02/2025 08:15   Confidential"""));
    }

    public static Path textPdf(Path file, List<String> pages) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 740;
                    for (String line : text.split("\n")) {
                        content.beginText();
                        content.setFont(font, 9);
                        content.newLineAtOffset(40, y);
                        content.showText(line);
                        content.endText();
                        y -= 12;
                    }
                }
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a PDF that needs a password to open (or only restricts editing when userPassword is empty). */
    public static Path protect(Path source, Path file, String userPassword) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(source.toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose pages are only a picture: what a scanner produces. */
    public static Path imageOnly(Path file, int pages) {
        try (PDDocument document = new PDDocument()) {
            BufferedImage picture = new BufferedImage(200, 260, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 260);
            g.setColor(Color.GRAY);
            for (int y = 20; y < 240; y += 14) {
                g.fillRect(20, y, 160, 6);
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 100, 200, 400, 520);
                }
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of a real PDF and then garbage: a download that broke off. */
    public static Path truncated(Path source, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 400));
            Files.write(file, head);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the given size that starts like a PDF. */
    public static Path padded(Path file, long size) {
        try (var out = Files.newOutputStream(file)) {
            out.write("%PDF-1.7\n".getBytes());
            byte[] block = new byte[64 * 1024];
            for (long written = 9; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blank pages only. */
    public static Path blankPages(Path file, int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.LETTER));
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path bytes(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
