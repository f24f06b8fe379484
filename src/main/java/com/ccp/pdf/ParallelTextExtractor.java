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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Page text of several PDFs at once on a bounded pool, all pages shared evenly between the threads:
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
     * Cuts the sources, taken one after the other, into one contiguous share per thread with the same
     * number of pages, so that every thread is busy until the end; a share may span two files.
     */
    static List<List<Range>> shares(List<Source> sources, int threads) {
        int total = sources.stream().mapToInt(Source::pages).sum();
        int perThread = Math.max(1, (total + threads - 1) / threads);
        List<List<Range>> shares = new ArrayList<>();
        List<Range> share = new ArrayList<>();
        int room = perThread;
        for (int s = 0; s < sources.size(); s++) {
            int page = 1;
            while (page <= sources.get(s).pages()) {
                int to = Math.min(sources.get(s).pages(), page + room - 1);
                share.add(new Range(s, page, to));
                room -= to - page + 1;
                page = to + 1;
                if (room == 0) {
                    shares.add(share);
                    share = new ArrayList<>();
                    room = perThread;
                }
            }
        }
        if (!share.isEmpty()) {
            shares.add(share);
        }
        return shares;
    }

    private static void readChunk(File file, int source, int from, int to, String[] target, Listener listener) throws IOException {
        try (PDDocument document = Loader.loadPDF(file, ReadCache.create())) {
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
