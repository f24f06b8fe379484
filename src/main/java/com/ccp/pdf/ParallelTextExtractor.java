package com.ccp.pdf;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Page text of several PDFs at once on a bounded pool, every file sliced evenly between the threads:
 * a PDDocument and its stripper belong to one thread, so every range opens its own document (and
 * walks only its own part of the page tree).
 */
public final class ParallelTextExtractor {

    /** Told about every page read; asked at every page boundary whether to stop. */
    public interface Listener {
        void pageDone(int source, String text);

        boolean stopRequested();
    }

    /** Thrown when the listener asked to stop. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped at a page boundary");
        }
    }

    public record Source(File file, int pages) {
    }

    private ParallelTextExtractor() {
    }

    /** The page texts of every source, in order; throws PdfProblem when a file turns out damaged while reading. */
    public static List<List<String>> extract(List<Source> sources, ExecutorService pool, int threads, Duration timeout,
            Listener listener) throws PdfProblem, TimeoutException, InterruptedException {
        String[][] texts = new String[sources.size()][];
        for (int s = 0; s < sources.size(); s++) {
            texts[s] = new String[sources.get(s).pages()];
        }
        List<Future<?>> futures = new ArrayList<>();
        for (List<Range> share : shares(sources, threads)) {
            futures.add(pool.submit(() -> {
                for (Range range : share) {
                    readChunk(sources.get(range.source()).file(), range.source(), range.from(), range.to(),
                            texts[range.source()], listener);
                }
                return null;
            }));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Future<?> future : futures) {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            cancelAll(futures);
            throw unwrap(e);
        } catch (TimeoutException | InterruptedException e) {
            cancelAll(futures);
            throw e;
        }
        return Arrays.stream(texts).map(List::of).toList();
    }

    /** A page range of one source. */
    record Range(int source, int from, int to) {
    }

    /**
     * Gives every thread the same part of every source: thread i reads the i-th slice of each file.
     * Files differ a lot in cost per page (a CAR page is dense text, most receipt report pages are
     * scanned images), so slicing each file evenly keeps every thread busy until the end.
     */
    static List<List<Range>> shares(List<Source> sources, int threads) {
        List<List<Range>> shares = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            shares.add(new ArrayList<>());
        }
        for (int s = 0; s < sources.size(); s++) {
            int pages = sources.get(s).pages();
            int slices = Math.min(threads, pages);
            for (int i = 0; i < slices; i++) {
                int from = i * pages / slices + 1;
                int to = (i + 1) * pages / slices;
                // a file with fewer pages than threads goes to the least loaded shares first
                shares.get((i + s) % threads).add(new Range(s, from, to));
            }
        }
        shares.removeIf(List::isEmpty);
        return shares;
    }

    private static void readChunk(File file, int source, int from, int to, String[] target, Listener listener) throws IOException {
        try (PDDocument document = ReadingParser.open(file)) {
            for (int page = from; page <= to; page++) {
                target[page - 1] = "";
            }
            int[] next = {from};
            new PageTextStripper().read(document, from, to, (page, text) -> {
                if (listener.stopRequested() || Thread.currentThread().isInterrupted()) {
                    throw new Stopped();
                }
                for (; next[0] < page; next[0]++) {
                    listener.pageDone(source, "");
                }
                target[page - 1] = text;
                listener.pageDone(source, text);
                next[0] = page + 1;
            });
            for (; next[0] <= to; next[0]++) {
                listener.pageDone(source, "");
            }
        }
    }

    private static void cancelAll(List<Future<?>> futures) {
        futures.forEach(future -> future.cancel(true));
    }

    private static PdfProblem unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Stopped stopped) {
            throw stopped;
        }
        return new PdfProblem(PdfProblem.Kind.DAMAGED, "reading failed: " + cause);
    }
}
