package vn.gopy.benchmarks.feedback;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The most heap used while something runs: a thread samples the heap every 20 ms, and the heap pools' own peak
 * counters (reset at the start) catch what falls between samples. Their sum is an upper bound: each pool may
 * peak at another moment. Both count garbage not yet collected, so they approach the maximum heap whatever
 * the export holds; the heap left after each collection is what the export actually keeps.
 */
final class HeapWatch implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledMax;
    private volatile long afterGcMax;

    HeapWatch() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                sampledMax = Math.max(sampledMax, used);
                afterGcMax = Math.max(afterGcMax, afterLastGc());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    long sampledMaxBytes() {
        return sampledMax;
    }

    /** The most heap found in use right after a collection: what the export really kept alive. */
    long afterGcMaxBytes() {
        return afterGcMax;
    }

    private long afterLastGc() {
        return pools.stream().map(MemoryPoolMXBean::getCollectionUsage).filter(u -> u != null)
                .mapToLong(u -> u.getUsed()).sum();
    }

    long poolPeaksBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The heap in use after a full collection: what the application keeps alive, before an export starts. */
    static long liveAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
