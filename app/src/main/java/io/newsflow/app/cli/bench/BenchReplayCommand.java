package io.newsflow.app.cli.bench;

import io.newsflow.app.cli.ClusterOptions;
import io.newsflow.app.cli.KafkaTarget;
import io.newsflow.app.pipeline.NewsflowConfig;
import io.newsflow.app.replay.ReplayRun;
import io.newsflow.app.replay.SyntheticArchive;
import io.newsflow.ingest.replay.RecordKind;
import io.newsflow.ingest.replay.ReplayFilter;
import io.newsflow.ingest.replay.ReplayReport;
import io.newsflow.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench replay}: replay throughput on a generated CC-NEWS-style archive, beside the time {@code zcat}
 * needs only to decompress the same file.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Generate a CC-NEWS-style .warc.gz of the sample site's pages (or reuse one of that size), time"
                + " `zcat` decompressing it, then replay it into fresh topics and print records/s, MB/s and the"
                + " ratio to zcat."})
public final class BenchReplayCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--size-mb", defaultValue = "1024", description = "Archive size in MB (default: ${DEFAULT-VALUE}).")
    long sizeMb;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the archive is written (default: the data"
            + " directory's bench-replay/).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (sizeMb < 1) {
            throw new ParameterException(spec.commandLine(), "--size-mb must be at least 1, got " + sizeMb);
        }
        PrintWriter out = spec.commandLine().getOut();
        NewsflowConfig settings = cluster.settings();
        Path archive = archive(out);
        double megabytes = Files.size(archive) / 1e6;
        double zcatSeconds = decompressSeconds(archive, out);
        String prefix = "bench-replay-" + System.currentTimeMillis();
        Topics topics = Topics.of(prefix, settings.partitions(), settings.replicationFactor());
        ReplayReport report;
        long start;
        long end;
        try (KafkaTarget target = KafkaTarget.open(cluster.kafka())) {
            start = System.nanoTime();
            report = ReplayRun.replay(settings.clientProperties(target.bootstrapServers()), prefix, topics,
                    List.of(archive), ReplayFilter.ALL, line -> { });
            end = System.nanoTime();
        }
        double seconds = (end - start) / 1e9;
        long pages = report.count(RecordKind.REPLAYED);
        out.printf(Locale.ROOT, "replay: %d pages (%d WARC records) in %.1f s: %.0f pages/s, %.0f records/s,"
                + " %.1f MB/s of archive, into topics %s.*%n", pages, report.total(), seconds, pages / seconds,
                report.total() / seconds, megabytes / seconds, prefix);
        out.printf(Locale.ROOT, "replay time / decompression time: %.2f%n", seconds / zcatSeconds);
        out.flush();
        return 0;
    }

    private Path archive(PrintWriter out) throws IOException {
        Path folder = dir != null ? dir : cluster.kafka().dataDir().resolve("bench-replay");
        Files.createDirectories(folder);
        Path file = folder.resolve("synthetic-" + sizeMb + "mb.warc.gz");
        long bytes = sizeMb * 1_000_000L;
        if (Files.isRegularFile(file) && Files.size(file) >= bytes) {
            out.printf(Locale.ROOT, "archive: reusing %s (%.1f MB)%n", file, Files.size(file) / 1e6);
            return file;
        }
        long start = System.nanoTime();
        long pages = SyntheticArchive.write(file, bytes);
        out.printf(Locale.ROOT, "archive: wrote %s, %d pages, %.1f MB in %.1f s%n", file, pages, Files.size(file) / 1e6,
                (System.nanoTime() - start) / 1e9);
        return file;
    }

    /** Seconds {@code zcat} needs to decompress the file (Java's gunzip when there is no zcat). */
    private static double decompressSeconds(Path file, PrintWriter out) throws IOException {
        long start = System.nanoTime();
        String tool = "zcat";
        try {
            Process zcat = new ProcessBuilder("zcat", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (zcat.waitFor() != 0) {
                throw new IOException("zcat exited with " + zcat.exitValue() + " on " + file);
            }
        } catch (IOException noZcat) {
            // no zcat on this machine (or it failed): Java's gunzip is the baseline, and the output says so
            tool = "java gunzip (" + noZcat.getMessage() + ")";
            start = System.nanoTime();
            gunzip(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while timing zcat", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%s: %.1f s, %.1f MB/s of archive%n", tool, seconds, Files.size(file) / 1e6 / seconds);
        return seconds;
    }

    private static void gunzip(Path file) {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            while (in.read(buffer) >= 0) {
                // the bytes are only read: the time is what counts
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decompress " + file, e);
        }
    }
}
