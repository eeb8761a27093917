package io.newsflow.publish.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.serde.TrustedRecords;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopicTemplateTest {

    @Test
    void slugsValuesToLowerCaseAsciiAndHyphens() {
        assertThat(TopicTemplate.slug("Außenpolitik & Welt")).isEqualTo("aussenpolitik-welt");
        assertThat(TopicTemplate.slug("  Économie ")).isEqualTo("economie");
        assertThat(TopicTemplate.slug("x".repeat(100))).hasSize(60);
    }

    @Test
    void versionReplacesTheMajorSuffixOrIsAppended() {
        assertThat(new TopicTemplate("newsflow.articles.{language}.v1").withVersion("v2").pattern())
                .isEqualTo("newsflow.articles.{language}.v2");
        assertThat(new TopicTemplate("news.de.v13").withVersion("v14").pattern()).isEqualTo("news.de.v14");
        assertThat(new TopicTemplate("german-news").withVersion("v2").pattern()).isEqualTo("german-news.v2");
        assertThat(new TopicTemplate("news.v1x").withVersion("v2").pattern()).isEqualTo("news.v1x.v2");
    }

    @Test
    void fillsEveryPlaceholderOrNone() {
        TopicTemplate template = new TopicTemplate("news.{site}.{language}.{section}.v1");
        Article article = article();
        assertThat(template.resolve(article)).contains("news.example-org.de.politik.v1");
        article.setSection(null);
        assertThat(template.resolve(article)).as("no section, no topic").isEmpty();
    }

    @Test
    void matchesSitesByHostOrDomainSuffix() {
        Article article = article();
        assertThat(RouteField.SITE.matches(article, "example.org")).isTrue();
        assertThat(RouteField.SITE.matches(article, "www.example.org")).isTrue();
        assertThat(RouteField.SITE.matches(article, "ample.org")).isFalse();
        assertThat(RouteField.DUPLICATE.matches(article, "false")).isTrue();
        assertThat(RouteField.KIND.matches(article, "article")).isTrue();
    }

    private static Article article() {
        TrustedRecords.ensure(); // building an Article with nested records needs the generated classes trusted
        return Article.newBuilder()
                .setId("id").setUrl("https://www.example.org/a").setFinalUrl("https://www.example.org/a")
                .setTitle("T").setBody("B").setWordCount(1).setFetchedAt(Instant.EPOCH)
                .setLanguage("de").setSection("Politik")
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).build())
                .setExtractorVersion("test")
                .build();
    }
}
