package com.ccp.pdf.export;

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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * Cuts documents out of stored PDFs: each source is opened once, on first use, and stays open
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

    /** Writes the spans, in order, as one PDF titled {@code title}; returns its page count. */
    public int write(List<PageSpan> spans, String title, OutputStream out) throws IOException {
        try (PDDocument target = new PDDocument(MemoryUsageSetting.setupMixed(READ_IN_MEMORY, WRITE_TOTAL).streamCache)) {
            PDDocumentInformation info = target.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("Credit Card Processor");
            for (PageSpan span : spans) {
                PDDocument source = source(span.file());
                int available = source.getNumberOfPages();
                if (span.last() > available) {
                    throw new IOException("pages " + span.first() + "-" + span.last() + " asked of "
                            + span.file().getFileName() + ", which has " + available);
                }
                for (int page = span.first(); page <= span.last(); page++) {
                    target.importPage(source.getPage(page - 1));
                }
            }
            target.save(new KeepOpen(out, System.nanoTime() + limit.toNanos(), limit), CompressParameters.NO_COMPRESSION);
            return target.getNumberOfPages();
        }
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
