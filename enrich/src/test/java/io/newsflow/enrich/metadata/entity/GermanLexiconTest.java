package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GermanLexiconTest {

    private final GermanLexicon lexicon = GermanLexicon.shipped();

    /** The feature value the name model was trained with. */
    private String feature(String word, boolean sentenceStart) {
        return lexicon.wordClass(word, sentenceStart).feature();
    }

    @Test
    void tellsNamesFromNounsAndOtherWords() {
        assertThat(feature("Berlin", false)).isEqualTo("name");
        assertThat(feature("Fischer", false)).as("a noun and a surname").isEqualTo("name");
        assertThat(feature("Sauna", false)).isEqualTo("noun");
        assertThat(feature("Gnisa", false)).isEqualTo("unknown");
        assertThat(feature("Schnell", true)).as("an adjective, capitalised at a sentence's start")
                .isEqualTo("word");
        assertThat(feature("Schnell", false)).isEqualTo("unknown");
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
