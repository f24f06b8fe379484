package com.ccp.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every few milliseconds; the peak is the largest sample. */
final class HeapWatch {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;

    void start() {
        running.set(true);
        thread = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    void stop() throws InterruptedException {
        running.set(false);
        thread.join();
    }

    long peak() {
        return peak.get();
    }
}
