package io.newsflow.app.cli.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers of the name models' extra training data, on small samples written in each corpus's format. */
class EntityTrainingReadersTest {

    @Test
    void smartDataKeepsNamesAndDropsRoutesPositionsHandlesAndAdjectives() throws IOException, URISyntaxException {
        List<EntityDocument> documents = SmartDataReader.read(resource("smartdata-sample.json"));
        assertThat(documents).extracting(EntityDocument::id).containsExactly("sample-1", "sample-2");
        assertThat(labels(documents.get(0)))
                .containsExactly("Angela Merkel/PER", "Berlin/LOC", "Deutschen Bahn/ORG", "A7/LOC");
        assertThat(labels(documents.get(1))).containsExactly("Siemens/ORG", "München/LOC");
    }

    @Test
    void btcTweetsLoseHandlesLinksAndHashMarks() throws IOException, URISyntaxException {
        List<EntityDocument> documents = ConllNerReader.BTC.read(resource("btc-sample.conll"));
        assertThat(documents).extracting(EntityDocument::id).containsExactly("btc-sample.conll:1",
                "btc-sample.conll:2");
        assertThat(documents.get(0).text()).startsWith("RT @bbcnews: Pistorius meets");
        assertThat(labels(documents.get(0))).containsExactly("Pistorius/PER", "Theresa May/PER", "New York/LOC");
        assertThat(labels(documents.get(1))).containsExactly("Apple/ORG");
        assertThat(documents).allMatch(d -> d.language().equals("en"));
    }

    @Test
    void wnutGroupsAndCorporationsAreOrganisationsAndWorksAreNoNames() throws IOException, URISyntaxException {
        List<EntityDocument> documents = ConllNerReader.WNUT17.read(resource("wnut17-sample.conll"));
        assertThat(documents).hasSize(1);
        assertThat(labels(documents.get(0)))
                .containsExactly("Radiohead/ORG", "Google/ORG", "London/LOC", "Alice/PER");
    }

    @Test
    void europeanaStreamIsCutIntoSentencesAndMisspeltOrMissingTagsAreRead() throws IOException, URISyntaxException {
        List<EntityDocument> documents = ConllNerReader.EUROPEANA.read(resource("europeana-sample.bio"));
        assertThat(documents).extracting(EntityDocument::text)
                .containsExactly("Kaiser Wilhelm reiste heute nach Wien.", "Die Reichsbank schloss");
        assertThat(labels(documents.get(0))).containsExactly("Kaiser Wilhelm/PER", "Wien/LOC");
        assertThat(labels(documents.get(1))).containsExactly("Reichsbank/ORG");
        assertThat(documents).allMatch(d -> d.language().equals("de"));
    }

    private static List<String> labels(EntityDocument document) {
        return document.gold().stream()
                .map(s -> document.text().substring(s.start(), s.end()) + "/" + s.type())
                .toList();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EntityTrainingReadersTest.class.getResource("/entity-quality/" + name).toURI());
    }
}
