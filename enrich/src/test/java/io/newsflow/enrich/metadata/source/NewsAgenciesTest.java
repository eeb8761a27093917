package io.newsflow.enrich.metadata.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsAgenciesTest {

    private final NewsAgencies agencies = new NewsAgencies();

    @Test
    void findsAgenciesInEveryTextInOrderOfFirstMention() {
        assertThat(agencies.find(List.of("China setzt laut Reuters die Sanktionen um.", "Uncredited/dpa",
                "bohy mit Agenturen", "Reuters"))).containsExactly("Reuters", "dpa");
    }

    @Test
    void mapsAliasesToTheCanonicalName() {
        assertThat(agencies.find(List.of("sagte er der Deutschen Presse-Agentur", "(Associated Press)")))
                .containsExactly("dpa", "AP");
    }

    @Test
    void matchesWholeWordsCaseSensitively() {
        assertThat(agencies.find(List.of("Die Map, das Apfelbaum-Update, ap und efe sowie Reutersberg"))).isEmpty();
        assertThat(agencies.find(List.of("(AFP/dpa)"))).containsExactly("AFP", "dpa");
    }
}
