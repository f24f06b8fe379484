package com.ccp.pdf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks an uploaded file before anything is stored: a PDF signature, opens without a password,
 * parses, has pages within the limit; returns the page count and the first page's text.
 */
public final class PdfInspector {

    public record PdfInfo(int pageCount, String firstPageText) {
    }

    private static final byte[] SIGNATURE = "%PDF-".getBytes();

    private PdfInspector() {
    }

    /** Checks the file within the budget: the first page's text is read under its caps and deadline. */
    public static PdfInfo inspect(File file, int maxPages, PdfBudget budget) throws PdfProblem {
        requireSignature(file);
        try (PDDocument document = ReadingParser.open(file)) {
            int pages = document.getNumberOfPages();
            if (pages <= 0) {
                throw new PdfProblem(PdfProblem.Kind.DAMAGED, "it has no pages");
            }
            if (pages > maxPages) {
                int held = PageTreeCount.countUpTo(document.getPages(), maxPages + 1, budget);
                if (held <= maxPages) {
                    throw new PdfProblem(PdfProblem.Kind.DAMAGED, "its page tree claims " + String.format("%,d", pages)
                            + " pages but holds " + held + "; it is damaged or was made to mislead readers");
                }
                throw new PdfProblem(PdfProblem.Kind.TOO_MANY_PAGES,
                        "it has " + pages + " pages; the limit is " + maxPages);
            }
            // PDFTextStripper would walk the whole page tree even for page 1 alone
            String[] firstPage = {""};
            new PageTextStripper(budget).read(document, 1, 1, (page, text) -> firstPage[0] = text);
            return new PdfInfo(pages, firstPage[0]);
        } catch (InvalidPasswordException e) {
            throw new PdfProblem(PdfProblem.Kind.ENCRYPTED,
                    "it is protected by a password; save an unprotected copy and upload that");
        } catch (PageOverBudget e) {
            throw new PdfProblem(PdfProblem.Kind.DAMAGED, e.describe());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new PdfProblem(PdfProblem.Kind.DAMAGED, "it is damaged and cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void requireSignature(File file) throws PdfProblem {
        byte[] head = new byte[1024];
        int read;
        try (InputStream in = Files.newInputStream(file.toPath())) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new PdfProblem(PdfProblem.Kind.NOT_A_PDF, "it could not be read");
        }
        if (read == 0) {
            throw new PdfProblem(PdfProblem.Kind.NOT_A_PDF, "it is empty (0 bytes)");
        }
        if (indexOf(Arrays.copyOf(head, read), SIGNATURE) < 0) {
            throw new PdfProblem(PdfProblem.Kind.NOT_A_PDF, "it is not a PDF file");
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
