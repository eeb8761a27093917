package io.newsflow.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.fetch.Page;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CanonicalUrlExtractorTest {

    @Test
    void resolvesRelativeCanonicalAgainstFinalUrl() {
        Page page = page("<html><head><link rel=\"Canonical\" href=\"/story?id=7\"></head><body></body></html>");

        assertThat(CanonicalUrlExtractor.find(page)).contains("https://news.example/story?id=7");
    }

    @Test
    void isEmptyWithoutCanonicalLink() {
        assertThat(CanonicalUrlExtractor.find(page("<html><head><title>x</title></head></html>"))).isEmpty();
    }

    @Test
    void ignoresUnusableCanonicalLink() {
        assertThat(CanonicalUrlExtractor.find(page("<link rel=\"canonical\" href=\"javascript:void(0)\">")))
                .isEmpty();
    }

    private static Page page(String html) {
        return new Page("https://news.example/a", "https://news.example/a/b", 200, "text/html", "bogus charset!",
                null, null, html.getBytes(StandardCharsets.UTF_8), false, Instant.EPOCH, java.util.List.of());
    }
}
