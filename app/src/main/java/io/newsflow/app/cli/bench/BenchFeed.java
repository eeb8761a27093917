package io.newsflow.app.cli.bench;

import io.newsflow.app.sample.SampleSite;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code bench pipeline}: saved pages (or the bundled sample pages) repeated to the article count asked,
 * each copy under a URL and id of its own, produced into the raw topic as ingest would (idempotent, acks=all, zstd)
 * at a fixed rate or as fast as the producer takes them.
 */
final class BenchFeed {

    /** A page of the corpus: a name unique within it and its bytes. */
    record Page(String name, byte[] html) {}

    private final List<Page> pages;

    BenchFeed(List<Page> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no page to feed");
        }
        this.pages = List.copyOf(pages);
    }

    /** The pages under {@code dir}, or the sample site's articles when there is no directory. */
    static BenchFeed of(@Nullable Path dir) {
        if (dir != null) {
            return new BenchFeed(SavedPages.read(dir).pages().stream()
                    .map(page -> new Page(page.baseUrl().substring("https://bench.invalid/".length()), page.bytes()))
                    .toList());
        }
        return new BenchFeed(SampleSite.articles().stream().map(a -> new Page(a.path(), a.html())).toList());
    }

    /** How many distinct pages the corpus holds. */
    int distinctPages() {
        return pages.size();
    }

    /** Mean page size in bytes. */
    double meanBytes() {
        return pages.stream().mapToInt(page -> page.html().length).average().orElse(0);
    }

    /** The {@code index}-th article: page {@code index mod pages}, under a URL that holds the index. */
    RawArticle article(int index) {
        Page page = pages.get(index % pages.size());
        String url = "https://bench.invalid/" + index + "/" + page.name();
        return RawArticle.newBuilder()
                .setId(ArticleId.of(url))
                .setUrl(url)
                .setFinalUrl(url)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.OTHER).setSourceUrl(url).build())
                .setFetchedAt(Instant.now())
                .setHttpStatus(200)
                .setContentType("text/html")
                .setBody(ByteBuffer.wrap(page.html()))
                .build();
    }

    /**
     * Produces {@code count} articles at {@code rate} per second (0: unpaced), noting each one's send time in
     * {@code sentAt} (System.nanoTime, by article id) before it is sent.
     *
     * @throws IllegalStateException when a send failed: the run's figures would be wrong
     */
    void produce(Map<String, Object> producerProperties, Topic<String, RawArticle> topic, int count, double rate,
            Map<String, Long> sentAt) {
        AtomicReference<@Nullable Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerProperties,
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (int i = 0; i < count && failure.get() == null; i++) {
                if (rate > 0) {
                    // paced by the clock, not by the previous send: a slow send is caught up, not carried forward
                    LockSupport.parkNanos(start + (long) (i * 1e9 / rate) - System.nanoTime());
                }
                RawArticle article = article(i);
                sentAt.put(article.getId(), System.nanoTime());
                producer.send(new ProducerRecord<>(topic.name(), article.getId(), article),
                        (metadata, error) -> failure.compareAndSet(null, error));
            }
            producer.flush();
        }
        Exception error = failure.get();
        if (error != null) {
            throw new IllegalStateException("the feed could not send to " + topic.name() + ": " + error, error);
        }
    }
}
