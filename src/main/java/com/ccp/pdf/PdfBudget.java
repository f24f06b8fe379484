package com.ccp.pdf;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What one pass over a PDF may spend, checked by the pass itself at every content-stream operator
 * and glyph: PDFBox ignores interrupts, so a page built to stall it (a form that draws another ten
 * times, eight levels deep, is 10^8 operations in 2.5 KB) must be stopped from inside the stream
 * engine, or the thread keeps its core for hours. A counter per page, the nesting depth, and a look
 * at the clock every few thousand operators; once exceeded, every later check throws again, so a
 * caller that swallows the first exception cannot carry on.
 *
 * <p>One budget belongs to one thread.
 */
public final class PdfBudget {

    /**
     * Operators and glyphs a page may cost to the text reader. A dense report page costs ~600
     * operators and ~4,000 glyphs; a busy real-world page (a map, a plot) a few hundred thousand;
     * this bound is reached in under a second.
     */
    public static final long MAX_OPERATIONS_PER_PAGE = 1_000_000;

    /** The renderer spends ~10x more per operator: the same second buys a quarter of the operations. */
    public static final long MAX_RENDERED_OPERATIONS_PER_PAGE = 250_000;

    /**
     * Glyphs a page may show to the text reader, which keeps each one (~200 bytes) until the page
     * ends: a dense report page shows a few thousand.
     */
    public static final int MAX_GLYPHS_PER_PAGE = 400_000;

    /** Nested content streams (forms, patterns, Type 3 glyphs, annotations) a page may stack. */
    public static final int MAX_NESTING = 24;

    private static final int CLOCK_EVERY = 4096;

    private final long deadline;
    private final Duration limit;
    private final long maxOperations;
    private final int maxNesting;
    private final int maxGlyphs;
    private int page;
    private int glyphs;
    private long operations;
    private int untilClock = CLOCK_EVERY;
    private int depth;
    private @Nullable PageOverBudget exceeded;

    private PdfBudget(long deadline, Duration limit, long maxOperations, int maxNesting, int maxGlyphs) {
        this.deadline = deadline;
        this.limit = limit;
        this.maxOperations = maxOperations;
        this.maxNesting = maxNesting;
        this.maxGlyphs = maxGlyphs;
    }

    /** A budget whose time runs out {@code limit} from now. */
    public static PdfBudget within(Duration limit) {
        return until(System.nanoTime() + limit.toNanos(), limit);
    }

    /** A budget whose time runs out at {@code deadline} ({@link System#nanoTime()}), {@code limit} after its start. */
    public static PdfBudget until(long deadline, Duration limit) {
        return new PdfBudget(deadline, limit, MAX_OPERATIONS_PER_PAGE, MAX_NESTING, MAX_GLYPHS_PER_PAGE);
    }

    /** A budget for rendering page images, whose operators cost more. */
    public static PdfBudget forRendering(Duration limit) {
        return new PdfBudget(System.nanoTime() + limit.toNanos(), limit, MAX_RENDERED_OPERATIONS_PER_PAGE,
                MAX_NESTING, MAX_GLYPHS_PER_PAGE);
    }

    /** Starts counting a new page (1-based); the deadline keeps running. */
    public void startPage(int number) {
        throwIfExceeded();
        page = number;
        operations = 0;
        glyphs = 0;
        depth = 0;
        checkClock();
    }

    /** An operator is about to run; call {@link #leave()} when it is done (its nested streams run inside it). */
    void enter() {
        throwIfExceeded();
        depth++;
        if (depth > maxNesting) {
            exceed(PageOverBudget.Reason.NESTING, "it nests drawings more than " + maxNesting + " levels deep");
        }
        spend();
    }

    void leave() {
        depth--;
    }

    /** A glyph handed to the text reader. */
    void glyph() {
        if (++glyphs > maxGlyphs) {
            exceed(PageOverBudget.Reason.OPERATIONS, "it shows more than " + String.format("%,d", maxGlyphs)
                    + " characters");
        }
        spend();
    }

    /** One unit of work that runs no operator. */
    void spend() {
        throwIfExceeded();
        if (++operations > maxOperations) {
            exceed(PageOverBudget.Reason.OPERATIONS, "it takes more than " + String.format("%,d", maxOperations)
                    + " drawing operations");
        }
        if (--untilClock == 0) {
            untilClock = CLOCK_EVERY;
            checkClock();
        }
    }

    /** The deadline and an interrupt of the thread (a caller that gave up on the result). */
    void checkClock() {
        throwIfExceeded();
        if (System.nanoTime() - deadline > 0) {
            exceed(PageOverBudget.Reason.TIME, "the time limit of " + limit.toSeconds() + " seconds ran out while reading it");
        }
        if (Thread.currentThread().isInterrupted()) {
            exceed(PageOverBudget.Reason.STOPPED, "reading it was stopped");
        }
    }

    int page() {
        return page;
    }

    private void exceed(PageOverBudget.Reason reason, String why) {
        exceeded = new PageOverBudget(reason, page, why);
        throw exceeded;
    }

    private void throwIfExceeded() {
        PageOverBudget earlier = exceeded;
        if (earlier != null) {
            throw new PageOverBudget(earlier.reason(), earlier.page(), earlier.why());
        }
    }
}
