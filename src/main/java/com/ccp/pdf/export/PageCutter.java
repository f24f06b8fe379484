package com.ccp.pdf.export;

import com.ccp.pdf.PageRedaction.LineChoice;
import com.ccp.pdf.PageRedaction;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jspecify.annotations.Nullable;

/**
 * Makes employee documents: cover pages, then pages cut out of stored PDFs, with an outline. each source is opened once, on first use, and stays open
 * until {@link #close()}; every cut document is written and closed before the next one starts, so
 * memory holds one output document at a time. One instance belongs to one thread.
 */
public final class PageCutter implements AutoCloseable {

    private static final long READ_IN_MEMORY = 16L * 1024 * 1024;
    private static final long READ_TOTAL = 512L * 1024 * 1024;
    private static final long WRITE_TOTAL = 256L * 1024 * 1024;

    /** A written document is a copy of pages already read: it takes seconds, never minutes. */
    private static final Duration DEFAULT_LIMIT = Duration.ofMinutes(10);

    private final Map<Path, PDDocument> sources = new HashMap<>();
    private final Duration limit;

    public PageCutter() {
        this(DEFAULT_LIMIT);
    }

    /** Every written document must be done within {@code limit}, or writing it fails. */
    public PageCutter(Duration limit) {
        this.limit = limit;
    }

    /** A page of a stored PDF, whole ({@code keep} null) or with only the lines {@code keep} chooses. */
    public record CutPage(Path file, int page, @Nullable LineChoice keep) {
    }

    /** An outline entry at {@code page}, an index into the cut pages (0 = the first page after the cover). */
    public record Bookmark(String title, int page) {
    }

    /** Draws the cover pages that open the document. */
    @FunctionalInterface
    public interface Cover {
        void write(ReportDocument cover) throws IOException;
    }

    /**
     * Writes one PDF titled {@code title}: the cover (bookmarked "Cover"), then the pages in order,
     * cut where asked, with the outline {@code bookmarks}. Returns the document's page count.
     */
    public int write(String title, Cover cover, List<CutPage> pages, List<Bookmark> bookmarks, OutputStream out)
            throws IOException {
        try (PDDocument target = new PDDocument(MemoryUsageSetting.setupMixed(READ_IN_MEMORY, WRITE_TOTAL).streamCache)) {
            PDDocumentInformation info = target.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("Credit Card Processor");
            ReportDocument coverPages = ReportDocument.into(target, title, "Cover page");
            cover.write(coverPages);
            coverPages.finish();
            int coverCount = coverPages.pageCount();
            for (CutPage page : pages) {
                PDDocument source = source(page.file());
                int available = source.getNumberOfPages();
                if (page.page() < 1 || page.page() > available) {
                    throw new IOException("page " + page.page() + " asked of " + page.file().getFileName()
                            + ", which has " + available);
                }
                if (page.keep() == null) {
                    PageRedaction.importWhole(target, source, page.page());
                } else {
                    PageRedaction.importKeeping(target, source, page.page(), page.keep());
                }
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(item(target, "Cover", 0));
            for (Bookmark bookmark : bookmarks) {
                outline.addLast(item(target, bookmark.title(), coverCount + bookmark.page()));
            }
            target.getDocumentCatalog().setDocumentOutline(outline);
            target.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            target.save(new KeepOpen(out, System.nanoTime() + limit.toNanos(), limit), CompressParameters.NO_COMPRESSION);
            return target.getNumberOfPages();
        }
    }

    private static PDOutlineItem item(PDDocument document, String title, int pageIndex) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(pageIndex));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    private PDDocument source(Path file) throws IOException {
        PDDocument document = sources.get(file);
        if (document == null) {
            document = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(READ_IN_MEMORY, READ_TOTAL).streamCache);
            sources.put(file, document);
        }
        return document;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (PDDocument document : sources.values()) {
            try {
                document.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        sources.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * PDFBox closes the stream it saves to; the caller's stream (a ZIP entry) must stay open. PDFBox
     * ignores interrupts, so the deadline is checked here, by the writing itself.
     */
    private static final class KeepOpen extends FilterOutputStream {
        private static final int CLOCK_EVERY = 1024;
        private final long deadline;
        private final Duration limit;
        private int untilClock = CLOCK_EVERY;

        KeepOpen(OutputStream out, long deadline, Duration limit) {
            super(out);
            this.deadline = deadline;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            checkClock();
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            checkClock();
            out.write(bytes, offset, length);
        }

        private void checkClock() throws IOException {
            if (--untilClock > 0) {
                return;
            }
            untilClock = CLOCK_EVERY;
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("writing a document took longer than " + limit.toSeconds() + " seconds");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IOException("writing a document was stopped");
            }
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
