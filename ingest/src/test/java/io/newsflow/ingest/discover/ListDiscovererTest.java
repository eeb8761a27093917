package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.SourceSpec;
import io.newsflow.ingest.SourceType;
import io.newsflow.ingest.discover.SourceReader.SourceContent;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fixtures.TestFetchers;
import io.newsflow.schemas.avro.DiscoveryMethod;
import java.io.IOException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListDiscovererTest {

    @TempDir
    Path dir;

    @Test
    void skipsBlankLinesAndComments() {
        String text = "# news\n\n  https://a.example/1  \r\n#https://a.example/commented\nhttps://a.example/2\n";

        List<DiscoveredUrl> urls = ListDiscoverer.parse(
                new SourceContent("/lists/a.txt", text.getBytes(StandardCharsets.UTF_8), null, null));

        assertThat(urls).extracting(DiscoveredUrl::url).containsExactly("https://a.example/1", "https://a.example/2");
        assertThat(urls.get(0).discovery().getMethod()).isEqualTo(DiscoveryMethod.LIST);
        assertThat(urls.get(0).discovery().getSourceUrl()).isEqualTo("/lists/a.txt");
    }

    @Test
    void readsListFromFile() throws IOException, SourceException {
        Path file = Files.writeString(dir.resolve("urls.txt"), "https://a.example/x\n");

        List<DiscoveredUrl> urls = discoverer().discover(new SourceSpec(SourceType.LIST, file.toString()));

        assertThat(urls).extracting(DiscoveredUrl::url).containsExactly("https://a.example/x");
    }

    @Test
    void failsOnMissingFile() {
        String missing = dir.resolve("absent.txt").toString();

        assertThatThrownBy(() -> discoverer().discover(new SourceSpec(SourceType.LIST, missing)))
                .isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).source()).isEqualTo(missing));
    }

    private static ListDiscoverer discoverer() {
        CloseableHttpClient client = HttpFetcher.newClient(java.time.Duration.ofSeconds(2), 4);
        return new ListDiscoverer(new SourceReader(
                TestFetchers.polite(new HttpFetcher(client, "test", Duration.ofSeconds(1), 1024, 100, 0, Clock.systemUTC(),
                        TestFetchers.LOOPBACK_ONLY), Clock.systemUTC())));
    }
}
