package org.recoveryoutcomes.bench;

import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
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
     * Listens to every garbage collection while open and keeps the largest heap in use just after one: the peak
     * of what survived collection, an upper bound of the live data (old objects not yet collected count too) and
     * the figure that says whether a run would fit in a smaller {@code -Xmx}.
     */
    static final class HeapAfterGc implements AutoCloseable {
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener;
        private final Set<String> heapPools = new HashSet<>();
        private volatile long max;

        HeapAfterGc() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            listener = (notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                synchronized (this) {
                    max = Math.max(max, used);
                }
            };
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
        }

        long maxBytes() {
            return max;
        }

        @Override
        public void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // already gone
                }
            }
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
