package com.ccp.ingestion;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The bounded pool every PDF read runs on (one thread per core): PDFBox ignores interrupts, so a
 * hostile file can at worst keep these threads busy, never the web threads.
 */
@Component
public class PdfWorkers implements AutoCloseable {

    private final int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private final ThreadPoolExecutor pool;

    PdfWorkers() {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "pdf-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public ExecutorService pool() {
        return pool;
    }

    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
