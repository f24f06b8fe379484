package com.ccp.pdf;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
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

    /** A file to read, its page count, and what to call it in a reason ("the CAR"). */
    /** How long the workers get past the deadline to stop by themselves and say which page ran out of time. */
    private static final long GRACE = TimeUnit.SECONDS.toNanos(2);

    public record Source(File file, int pages, String name) {
        public Source(File file, int pages) {
            this(file, pages, file.getName());
        }
    }

    private ParallelTextExtractor() {
    }

    /**
     * The page texts of every source, in order; throws PdfProblem when a file turns out damaged while
     * reading, or a page costs more than its {@link PdfBudget} (the deadline is the timeout: the
     * workers stop by themselves when it runs out, they do not only stop being waited for).
     */
    public static List<List<String>> extract(List<Source> sources, ExecutorService pool, int threads, Duration timeout,
            Listener listener) throws PdfProblem, TimeoutException, InterruptedException {
        String[][] texts = new String[sources.size()][];
        for (int s = 0; s < sources.size(); s++) {
            texts[s] = new String[sources.get(s).pages()];
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletionService<Void> done = new ExecutorCompletionService<>(pool);
        List<Future<Void>> futures = new ArrayList<>();
        for (List<Range> share : shares(sources, threads)) {
            futures.add(done.submit(() -> {
                readShare(sources, share, texts, listener, PdfBudget.until(deadline, timeout));
                return null;
            }));
        }
        try {
            // the first failure wins and stops the others: waiting in submission order would let a
            // healthy share read to its end before a bomb found by another one is reported
            for (int finished = 0; finished < futures.size(); finished++) {
                Future<Void> next = done.poll(Math.max(0, deadline + GRACE - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new TimeoutException("reading took longer than " + timeout.toSeconds() + " seconds");
                }
                next.get();
            }
        } catch (ExecutionException e) {
            cancelAll(futures);
            if (e.getCause() instanceof TimeoutException overdue) {
                throw overdue;
            }
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

    private static void readShare(List<Source> sources, List<Range> share, String[][] texts, Listener listener,
            PdfBudget budget) throws IOException, PdfProblem, TimeoutException {
        for (Range range : share) {
            Source source = sources.get(range.source());
            try {
                readChunk(source.file(), range.source(), range.from(), range.to(), texts[range.source()], listener,
                        budget);
            } catch (PageOverBudget e) {
                if (e.reason() == PageOverBudget.Reason.STOPPED) {
                    throw new Stopped();
                }
                if (e.reason() == PageOverBudget.Reason.TIME) {
                    throw new TimeoutException(e.describe(source.name()));
                }
                throw new PdfProblem(PdfProblem.Kind.DAMAGED, e.describe(source.name()));
            }
        }
    }

    private static void readChunk(File file, int source, int from, int to, String[] target, Listener listener,
            PdfBudget budget) throws IOException {
        try (PDDocument document = ReadingParser.open(file)) {
            for (int page = from; page <= to; page++) {
                target[page - 1] = "";
            }
            int[] next = {from};
            new PageTextStripper(budget).read(document, from, to, (page, text) -> {
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

    private static void cancelAll(List<? extends Future<?>> futures) {
        futures.forEach(future -> future.cancel(true));
    }

    private static PdfProblem unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Stopped stopped) {
            throw stopped;
        }
        if (cause instanceof PdfProblem problem) {
            return problem;
        }

        return new PdfProblem(PdfProblem.Kind.DAMAGED, "reading failed: " + cause);
    }
}
