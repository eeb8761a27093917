package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GermanLexiconTest {

    private final GermanLexicon lexicon = GermanLexicon.shipped();

    @Test
    void tellsNamesFromNounsAndOtherWords() {
        assertThat(lexicon.wordClass("Berlin", false)).isEqualTo("name");
        assertThat(lexicon.wordClass("Fischer", false)).as("a noun and a surname").isEqualTo("name");
        assertThat(lexicon.wordClass("Sauna", false)).isEqualTo("noun");
        assertThat(lexicon.wordClass("Gnisa", false)).isEqualTo("unknown");
        assertThat(lexicon.wordClass("Schnell", true)).as("an adjective, capitalised at a sentence's start")
                .isEqualTo("word");
        assertThat(lexicon.wordClass("Schnell", false)).isEqualTo("unknown");
    }

    @Test
    void aSurnameLikeNounIsNoCommonWordOnly() {
        assertThat(lexicon.commonWordNoSurname("Vögel")).as("a plural").isTrue();
        assertThat(lexicon.commonWordNoSurname("Sauna")).as("a feminine noun").isTrue();
        assertThat(lexicon.commonWordNoSurname("Fiedler")).as("a masculine singular noun").isFalse();
        assertThat(lexicon.commonWordNoSurname("Scholz")).as("a surname").isFalse();
        assertThat(lexicon.commonWordNoSurname("Gnisa")).as("unknown").isFalse();
    }
}
