package io.newsflow.app.cli.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one {@code bench pipeline} run, and the table they are printed as.
 *
 * @param setup one line: corpus, rate, threads, partitions, broker
 * @param fed articles produced into the raw topic
 * @param published articles that reached the published-articles topic
 * @param deadLettered articles that reached the dead-letter topic instead
 * @param duplicates records that arrived a second time under an id already seen
 * @param endToEnd articles/s over the 10 %→90 % window of arrivals on the published topic
 * @param stageFigures by label: each stage's output rate (articles/s, 10 %→90 % window of its output), the
 *     seconds until every stage ran and until each stage's first output
 * @param firstOutSeconds seconds from the start of the stages to the first published article (the feed starts once
 *     every stage runs)
 * @param latencyNanos produce-to-arrival latency of each published article, sorted
 * @param cpuNanos CPU time by thread group over the whole run
 * @param heapPeak highest heap use sampled, bytes
 * @param heapAfterGc heap use after a full collection at the end of the run, bytes
 * @param rssKb resident set size at the end, and its high-water mark (kB)
 * @param gcMillis time in garbage collection during the run, and the number of collections
 * @param wallSeconds the run's length, stages start to last arrival
 */
record PipelineBenchReport(String setup, int fed, int published, int deadLettered, int duplicates, double endToEnd,
        Map<String, Double> stageFigures, double firstOutSeconds, long[] latencyNanos, Map<String, Long> cpuNanos,
        long heapPeak, long heapAfterGc, long[] rssKb, long[] gcMillis, double wallSeconds) {

    private static final double MB = 1024 * 1024;

    PipelineBenchReport {
        stageFigures = Map.copyOf(stageFigures);
        latencyNanos = latencyNanos.clone();
        Arrays.sort(latencyNanos);
    }

    /** Whether every fed article arrived exactly once. */
    boolean exactlyOnce() {
        return duplicates == 0 && published + deadLettered == fed;
    }

    void print(PrintWriter out) {
        out.println(setup);
        out.printf(Locale.ROOT, "arrived: %d published + %d dead-lettered of %d fed, %d duplicates%n", published,
                deadLettered, fed, duplicates);
        row(out, "end to end (10%-90% of arrivals)", "%.1f articles/s", endToEnd);
        stageFigures.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(figure -> row(out,
                figure.getKey(), figure.getKey().endsWith("start") ? "%.2f s" : "%.1f articles/s", figure.getValue()));
        row(out, "first article out after start", "%.2f s", firstOutSeconds);
        row(out, "latency p50 / p95 / p99", "%s s", String.format(Locale.ROOT, "%.3f / %.3f / %.3f",
                percentile(50), percentile(95), percentile(99)));
        StringBuilder cpu = new StringBuilder();
        long total = cpuNanos.values().stream().mapToLong(Long::longValue).sum();
        cpuNanos.forEach(
                (group, nanos) -> cpu.append(String.format(Locale.ROOT, "%s %.2f, ", group, perArticle(nanos))));
        row(out, "CPU ms/article by threads", "%s", cpu + String.format(Locale.ROOT, "total %.2f", perArticle(total)));
        row(out, "heap used peak / after full GC", "%s MB", String.format(Locale.ROOT, "%.0f / %.0f (max heap %.0f)",
                heapPeak / MB, heapAfterGc / MB, Runtime.getRuntime().maxMemory() / MB));
        row(out, "RSS now / peak (VmHWM)", "%s MB", String.format(Locale.ROOT, "%.0f / %.0f", rssKb[0] / 1024.0,
                rssKb[1] / 1024.0));
        row(out, "GC", "%s", String.format(Locale.ROOT, "%d ms in %d collections (%.1f %% of %.1f s wall)",
                gcMillis[0], gcMillis[1], gcMillis[0] / 10.0 / wallSeconds, wallSeconds));
        out.flush();
    }

    private double perArticle(long nanos) {
        return nanos / 1e6 / fed;
    }

    private static void row(PrintWriter out, String label, String format, Object value) {
        out.printf(Locale.ROOT, "  %-36s " + format + "%n", label, value);
    }

    /** The p-th percentile latency in seconds; NaN when no article arrived. */
    double percentile(int p) {
        if (latencyNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * latencyNanos.length) - 1;
        return latencyNanos[Math.max(0, Math.min(latencyNanos.length - 1, index))] / 1e9;
    }
}
