package com.ccp.pdf;

import com.ccp.pdf.PositionedLines.TextLine;
import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Copies a page into another document keeping only some of its text lines: the rest — their
 * glyphs and whatever is drawn in their part of the page — is taken out of the content stream
 * (see {@link ContentRedactor}), not covered. Kept content stays exactly where it was.
 */
public final class PageRedaction {

    /** Which lines of a page stay, given the page's lines as the report parsers number them. */
    @FunctionalInterface
    public interface LineChoice {
        BitSet keep(List<String> lines);
    }

    private PageRedaction() {
    }

    /**
     * A page's lines as {@link LineChoice} sees them and the report parsers number them, from the
     * page's extracted text.
     */
    public static List<String> lines(String pageText) {
        return PositionedLines.lines(pageText);
    }

    /** Page {@code number} (1-based) of {@code source}, whole, appended to {@code target}. */
    public static PDPage importWhole(PDDocument target, PDDocument source, int number) throws IOException {
        PDPage page = source.getPage(number - 1);
        PDPage imported = target.importPage(page);
        if (!page.getCOSObject().containsKey(COSName.RESOURCES) && page.getResources() != null) {
            imported.setResources(page.getResources());
        }
        return imported;
    }

    /**
     * Page {@code number} of {@code source} appended to {@code target} with only the lines
     * {@code choice} keeps; the whole page when it keeps them all. Annotations of a cut page are
     * dropped (and its thumbnail), since they could carry text of a removed line.
     */
    public static PDPage importKeeping(PDDocument target, PDDocument source, int number, LineChoice choice)
            throws IOException {
        PDPage page = source.getPage(number - 1);
        List<TextLine> lines = PositionedLines.read(source, number);
        BitSet keep = choice.keep(PositionedLines.texts(lines));
        if (keep.nextClearBit(0) >= lines.size()) {
            return importWhole(target, source, number);
        }
        Bands bands = Bands.of(lines, keep);
        ContentRedactor.Result result = ContentRedactor.redact(target, page, bands);
        PDPage imported = target.importPage(page);
        PDStream content = new PDStream(target);
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(result.content());
        }
        imported.setContents(content);
        imported.setResources(result.resources());
        // annotations, a thumbnail or private application data could still show a removed line
        imported.getCOSObject().removeItem(COSName.ANNOTS);
        imported.getCOSObject().removeItem(COSName.THUMB);
        imported.getCOSObject().removeItem(COSName.PIECE_INFO);
        return imported;
    }
}
