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
 * Page text of several PDFs at once, each split into one page range per thread, on a bounded pool:
 * a PDDocument and its stripper belong to one thread, so every range opens its own document.
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
        List<Future<?>> futures = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            Source source = sources.get(s);
            texts[s] = new String[source.pages()];
            // every range opens the document and walks its page tree: with as many files as threads, one range each
            int ranges = sources.size() >= threads ? 1 : threads;
            int chunk = Math.max(1, (source.pages() + ranges - 1) / ranges);
            for (int first = 1; first <= source.pages(); first += chunk) {
                int from = first;
                int to = Math.min(source.pages(), first + chunk - 1);
                String[] target = texts[s];
                int sourceIndex = s;
                futures.add(pool.submit(() -> {
                    readChunk(source.file(), sourceIndex, from, to, target, listener);
                    return null;
                }));
            }
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
