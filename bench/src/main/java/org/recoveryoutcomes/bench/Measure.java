package org.recoveryoutcomes.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak heap (the JVM's memory pools) and peak resident set size (Linux {@code VmHWM}) of this process. */
final class Measure {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private Measure() {
    }

    /** Forgets the peaks so far: a full GC, the pools' peak usage, and the kernel's VmHWM where allowed. */
    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        try {
            // "5" resets the peak RSS (Linux 4.0+); harmless where refused.
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
        } catch (IOException | UnsupportedOperationException e) {
            // VmHWM then stays the process-wide peak, which the report says
        }
    }

    /** The sum of the heap pools' peak usage since the last reset, in bytes (an upper bound of the live peak). */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /**
     * Samples, every 20 ms while it runs, the heap still in use after the latest garbage collection of each pool:
     * its maximum is the peak live heap, the figure that says whether a run fits in a small {@code -Xmx}.
     */
    static final class LiveHeapSampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long max;

        LiveHeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    long sum = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                            sum += pool.getCollectionUsage().getUsed();
                        }
                    }
                    max = Math.max(max, sum);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "live-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long maxBytes() {
            return max;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    /** Peak resident set size in bytes from {@code /proc/self/status}, or -1 off Linux. */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
