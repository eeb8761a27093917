package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void outputVersionRenamesOnlyTheOutputsOfEnrichAndPublish() {
        Topics v1 = Topics.of("acme", 3, (short) 2);
        Topics v2 = v1.withOutputVersion("v2");

        assertThat(v2.enrichedArticles().name()).isEqualTo("acme.enriched.v2");
        assertThat(v2.articles().name()).isEqualTo("acme.articles.v2");
        assertThat(v2.mentions().name()).isEqualTo("acme.mentions.v2");
        assertThat(v2.stories().name()).isEqualTo("acme.stories.v2");
        assertThat(v2.rawArticles()).isSameAs(v1.rawArticles());
        assertThat(v2.deadLetters()).isSameAs(v1.deadLetters());
        assertThat(v2.fetchStates()).isSameAs(v1.fetchStates());
        assertThat(v2.replayProgress()).isSameAs(v1.replayProgress());
        assertThat(v2.frontier()).isSameAs(v1.frontier());
    }

    @Test
    void versionedTopicsKeepSerdesPartitionsAndConfigs() {
        Topics v1 = Topics.of("acme", 3, (short) 2);
        Topic<String, ?> articles = v1.withOutputVersion("v12").articles();

        assertThat(articles.name()).isEqualTo("acme.articles.v12");
        assertThat(articles.valueSerde()).isSameAs(v1.articles().valueSerde());
        assertThat(articles.partitions()).isEqualTo(3);
        assertThat(articles.replicationFactor()).isEqualTo((short) 2);
        assertThat(articles.configs()).isEqualTo(v1.articles().configs());
        assertThat(v1.withOutputVersion("v2").routed("acme.articles.de.v2").configs())
                .isEqualTo(v1.articles().configs());
    }

    @Test
    void rejectsVersionsThatAreNotAFollowingMajor() {
        Topics topics = Topics.DEFAULT;
        for (String bad : new String[] {"v1", "v0", "2", "V2", "v02", "v2a", "", "v"}) {
            assertThatThrownBy(() -> topics.withOutputVersion(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + bad + "'");
        }
        assertThat(topics.withOutputVersion("v9").articles().name()).isEqualTo("newsflow.articles.v9");
        assertThat(topics.withOutputVersion("v10").articles().name()).isEqualTo("newsflow.articles.v10");
    }
}
