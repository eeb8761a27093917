package io.newsflow.enrich.bench;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichSteps;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.RawArticle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serde;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Avro encoding and decoding (single-object encoding, the topics' serdes) of the raw pages of {@link BenchPages}
 * and of the articles enrich makes of them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SerdeBenchmark {

    private final Serde<RawArticle> rawSerde = Topics.DEFAULT.rawArticles().valueSerde();
    private final Serde<Article> articleSerde = Topics.DEFAULT.articles().valueSerde();
    private List<RawArticle> raw;
    private List<byte[]> rawBytes;
    private List<Article> articles;
    private List<byte[]> articleBytes;
    private int next;

    /** Encodes every page and article once, for the decoding benchmarks. */
    @Setup
    public void setUp() {
        EnrichSteps steps = new EnrichSteps(EnrichConfig.load(Map.of()));
        raw = BenchPages.load();
        rawBytes = raw.stream().map(page -> rawSerde.serializer().serialize("raw", page)).toList();
        articles = ExtractedPages.load(steps).stream().map(steps::enrich).toList();
        articleBytes = articles.stream().map(article -> articleSerde.serializer().serialize("articles", article)).toList();
    }

    @Benchmark
    public byte[] encodeRawArticle() {
        return rawSerde.serializer().serialize("raw", raw.get(next(raw.size())));
    }

    @Benchmark
    public RawArticle decodeRawArticle() {
        return rawSerde.deserializer().deserialize("raw", rawBytes.get(next(rawBytes.size())));
    }

    @Benchmark
    public byte[] encodeArticle() {
        return articleSerde.serializer().serialize("articles", articles.get(next(articles.size())));
    }

    @Benchmark
    public Article decodeArticle() {
        return articleSerde.deserializer().deserialize("articles", articleBytes.get(next(articleBytes.size())));
    }

    private int next(int size) {
        next = (next + 1) % size;
        return next;
    }
}
