package io.newsflow.enrich.bench;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.utils.internals.ByteBufferOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compressing one encoded raw page the way a producer compresses a record batch (Kafka's own codec streams,
 * message format v2): what {@code compression.type} (and the zstd level) costs per page. The compressed size is
 * printed once per setup, so speed and ratio can be read together.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompressionBenchmark {

    private static final byte MAGIC_V2 = 2;

    @Param({"zstd-1", "zstd-3", "lz4", "gzip", "snappy"})
    public String codec;

    private Compression compression;
    private List<byte[]> records;
    private int next;

    /** Encodes the pages once and reports the codec's ratio on them. */
    @Setup
    public void setUp() {
        compression = codec.startsWith("zstd-")
                ? Compression.zstd().level(Integer.parseInt(codec.substring(5))).build()
                : Compression.of(codec).build();
        records = BenchPages.load().stream()
                .map((RawArticle page) -> Topics.DEFAULT.rawArticles().valueSerde().serializer().serialize("raw", page))
                .toList();
        long in = records.stream().mapToLong(r -> r.length).sum();
        long out = records.stream().mapToLong(r -> compress(r).position()).sum();
        System.out.printf("%n%s: %d pages, %.1f KB mean, compressed to %.1f %%%n", codec, records.size(),
                in / 1024.0 / records.size(), 100.0 * out / in);
    }

    @Benchmark
    public java.nio.ByteBuffer compressPage() {
        next = (next + 1) % records.size();
        return compress(records.get(next));
    }

    private java.nio.ByteBuffer compress(byte[] record) {
        ByteBufferOutputStream buffer = new ByteBufferOutputStream(record.length / 2 + 1024);
        try (OutputStream out = compression.wrapForOutput(buffer, MAGIC_V2)) {
            out.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress with " + codec, e);
        }
        return buffer.buffer();
    }
}
