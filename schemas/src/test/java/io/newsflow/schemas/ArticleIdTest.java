package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void normalisesCaseDefaultPortsFragmentsAndTrackingParameters() {
        assertThat(ArticleId.normalise("HTTPS://WWW.Example.ORG:443/Politik/a.html?utm_source=rss&id=7&fbclid=x#top"))
                .isEqualTo("https://www.example.org/Politik/a.html?id=7");
        assertThat(ArticleId.normalise("http://example.org")).isEqualTo("http://example.org/");
        assertThat(ArticleId.normalise("http://example.org:8080/a")).isEqualTo("http://example.org:8080/a");
    }

    @Test
    void sameArticleUnderTrackingVariantsHasOneId() {
        String id = ArticleId.of("https://example.org/a.html");
        assertThat(ArticleId.of("https://EXAMPLE.org/a.html?utm_medium=social#comments")).isEqualTo(id);
        assertThat(ArticleId.of("https://example.org/b.html")).isNotEqualTo(id);
        assertThat(id).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void internationalisedHostsAreKeptInTheirAsciiForm() {
        assertThat(ArticleId.normalise("https://seglerblog.Stössenseer.de:8443/haltet-sauber/?utm_source=x"))
                .isEqualTo("https://seglerblog.xn--stssenseer-fcb.de:8443/haltet-sauber/");
        assertThat(ArticleId.of("https://seglerblog.stössenseer.de/a"))
                .isEqualTo(ArticleId.of("https://seglerblog.xn--stssenseer-fcb.de/a"));
    }

    @Test
    void rejectsWhatIsNotAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> ArticleId.of("ftp://example.org/a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleId.of("/relative/path")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleId.of("http://exa mple.org/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageWithoutUrlIsKeyedByItsContent() {
        byte[] page = "<html><h1>Ohne Adresse</h1></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String id = ArticleId.ofContent(page);
        assertThat(ArticleId.ofContent(page.clone())).isEqualTo(id);
        assertThat(ArticleId.ofContent("<html><h1>Andere Seite</h1></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNotEqualTo(id);
        assertThat(id).hasSize(32).matches("[0-9a-f]+");
    }
}
