package io.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReplayFilterTest {

    private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2020-02-01T00:00:00Z");

    private final ReplayFilter filter = new ReplayFilter(Optional.of(FROM), Optional.of(TO),
            Set.of(".News.Example"), Optional.of(Pattern.compile("/politics/")));

    @Test
    void acceptsPagesInTheRangeOnTheDomainOrItsSubdomainsMatchingThePattern() {
        assertThat(filter.accepts(page("https://news.example/politics/a", FROM))).isTrue();
        assertThat(filter.accepts(page("https://www.news.example/politics/a", TO.minusMillis(1)))).isTrue();
    }

    @Test
    void rejectsPagesOutsideTheRangeOffTheDomainOrNotMatching() {
        assertThat(filter.accepts(page("https://news.example/politics/a", TO))).isFalse();
        assertThat(filter.accepts(page("https://news.example/politics/a", FROM.minusMillis(1)))).isFalse();
        assertThat(filter.accepts(page("https://badnews.example/politics/a", FROM))).isFalse();
        assertThat(filter.accepts(page("https://news.example/sport/a", FROM))).isFalse();
        assertThat(filter.accepts(page("not a url", FROM))).isFalse();
    }

    @Test
    void theEmptyFilterAcceptsEverything() {
        assertThat(ReplayFilter.ALL.accepts(page("https://any.example/", Instant.EPOCH))).isTrue();
    }

    private static ArchivedPage page(String url, Instant at) {
        return new ArchivedPage(url, at, "text/html", null, null, new byte[0], null);
    }
}
