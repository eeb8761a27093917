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

    @Test
    void tellsAFirstNameOnlyInTheGenitive() {
        assertThat(lexicon.genitiveFirstNameOnly("Kims")).isTrue();
        assertThat(lexicon.genitiveFirstNameOnly("Kim")).as("a nominative").isFalse();
        assertThat(lexicon.genitiveFirstNameOnly("Thomas")).as("also a nominative").isFalse();
        assertThat(lexicon.genitiveFirstNameOnly("Sauna")).as("no name").isFalse();
    }

    @Test
    void tellsKindsOfName() {
        assertThat(lexicon.nameKinds("Berlin")).containsExactly(GermanLexicon.NameKind.PLACE);
        assertThat(lexicon.nameKinds("Rhein")).as("a river").containsExactly(GermanLexicon.NameKind.PLACE);
        assertThat(lexicon.nameKinds("Thomas")).as("a first name and a surname")
                .containsExactlyInAnyOrder(GermanLexicon.NameKind.FIRST, GermanLexicon.NameKind.LAST);
        assertThat(lexicon.nameKinds("Merkel")).containsExactly(GermanLexicon.NameKind.LAST);
        assertThat(lexicon.nameKinds("Adidas")).as("a company").containsExactly(GermanLexicon.NameKind.OTHER);
        assertThat(lexicon.nameKinds("Sauna")).as("no name").isEmpty();
        assertThat(lexicon.features("Thomas", false)).as("the values the model was trained with")
                .containsExactly("lx=name", "lk=first", "lk=last");
    }
}
