package io.newsflow.app.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Samples the resources of this process while {@code bench pipeline} runs: CPU time of every Java thread (kept per
 * thread, so a thread that ends keeps its last figure) grouped by the stage its name names, heap used, and at the end
 * RSS and GC time.
 */
final class ResourceSampler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Function<String, String> classifier;
    private final Map<Long, String> groupOfThread = new ConcurrentHashMap<>();
    private final Map<Long, Long> cpuOfThread = new ConcurrentHashMap<>();
    private volatile long heapPeak;

    /** @param classifier the group a thread belongs to, from its name */
    ResourceSampler(Function<String, String> classifier) {
        this.classifier = classifier;
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    /** Takes one sample; cheap enough to run a few times a second. */
    synchronized void sample() {
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu < 0) {
                continue; // the thread ended between listing and reading: its last sample stands
            }
            groupOfThread.computeIfAbsent(id, this::group);
            cpuOfThread.merge(id, cpu, Math::max);
        }
        heapPeak = Math.max(heapPeak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private String group(long id) {
        ThreadInfo info = threads.getThreadInfo(id);
        return classifier.apply(info == null ? "" : info.getThreadName());
    }

    /** CPU nanoseconds by group, in the order groups were first seen, with {@code jvm} the rest of the process. */
    synchronized Map<String, Long> cpuByGroup() {
        sample();
        Map<String, Long> byGroup = new LinkedHashMap<>();
        cpuOfThread.forEach((id, cpu) -> byGroup.merge(groupOfThread.get(id), cpu, Long::sum));
        long javaThreads = byGroup.values().stream().mapToLong(Long::longValue).sum();
        // GC and JIT compiler threads are not Java threads: the process total minus the Java threads is their share
        byGroup.put("jvm (gc, jit)", Math.max(0, processCpuNanos() - javaThreads));
        return byGroup;
    }

    /** Highest heap use sampled. */
    long heapPeak() {
        return heapPeak;
    }

    /** Heap used now. */
    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Milliseconds spent in garbage collection so far, and the number of collections. */
    static long[] gcMillisAndCount() {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        return new long[] {collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum(),
                collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum()};
    }

    /** A line of /proc/self/status in kB ({@code VmRSS}, {@code VmHWM}); -1 where there is no /proc. */
    static long procStatusKb(String field) {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            return Files.readAllLines(status).stream().filter(line -> line.startsWith(field + ":"))
                    .map(line -> line.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status, e);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
