package io.newsflow.enrich;

import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs newsflow's own warm-up pages (invented articles, one per language with a name model) through every step once.
 * The first article a cold JVM enriches costs about ten times a warm one (class loading, the first use of each model,
 * the JIT); paid while the Kafka Streams app joins its group, it is off the first article's path.
 */
final class StepsWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(StepsWarmup.class);
    static final List<String> PAGES = List.of("de", "en");

    private StepsWarmup() {}

    /** {@code steps}, after the warm-up pages went through them; a page that fails is logged and skipped. */
    static EnrichSteps warmed(EnrichSteps steps) {
        for (String language : PAGES) {
            try {
                steps.clean(page(language)).then(steps::extract).map(steps::enrich).value();
            } catch (RuntimeException e) {
                // The warm-up only saves time: the steps themselves loaded, and a real page's failure is handled
                // (dead-lettered) where it happens. Logged so that a broken warm-up page is seen, not hidden.
                LOG.warn("enrich warm-up page '{}' failed; the first articles will be slower", language, e);
            }
        }
        return steps;
    }

    /** The warm-up page of {@code language} as ingest would have published it. */
    static RawArticle page(String language) {
        String url = "https://warmup.newsflow.invalid/" + language;
        return RawArticle.newBuilder().setId("warmup-" + language).setUrl(url).setFinalUrl(url)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setFetchedAt(Instant.EPOCH).setHttpStatus(200).setContentType("text/html; charset=utf-8")
                .setBody(ByteBuffer.wrap(html(language))).build();
    }

    private static byte[] html(String language) {
        String resource = "warmup/" + language + ".html";
        try (InputStream in = StepsWarmup.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("warm-up page missing from the enrich jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the warm-up page " + resource, e);
        }
    }
}
