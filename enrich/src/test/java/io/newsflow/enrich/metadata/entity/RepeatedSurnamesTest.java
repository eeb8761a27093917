package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedSurnamesTest {
    private static final LanguageRules ENGLISH = LanguageRules.load("en");
    private static final LanguageRules GERMAN = LanguageRules.load("de");

    private final EntityRecognizer recognizer = EntityRecognizerFixture.recognizer();

    @Test
    void aSurnameAloneAfterTheFullNameIsThePersons() {
        String body = "The campaign hired the pollster John Anzalone in June. Voters are tired of the race, Anzalone"
                + " said on Tuesday.";

        assertThat(names(body, "en")).containsExactly("PERSON:John Anzalone", "PERSON:Anzalone");
    }

    @Test
    void aSurnameTheTaggerTakesForAVerbOrPronounStillCounts() {
        // Unknown surnames get the tagger's guess ("Iturbide/PRON", "Ophir/PRON"); the full name says what they are.
        String english = "The museum shows prints by Graciela Iturbide, who was born in Mexico City. Iturbide has"
                + " received many honours, and the curator said Iturbide still works every day.";
        String german = "Der Forscher Yotam Ophir hat die Videos untersucht. Ophir aus Buffalo sagte, die Verbreitung"
                + " sei gefährlich.";

        assertThat(names(english, "en")).containsSubsequence("PERSON:Iturbide", "PERSON:Iturbide");
        assertThat(names(german, "de")).contains("PERSON:Ophir");
    }

    @Test
    void onlyALoneCapitalisedNameWordAfterTheFullName() {
        List<Word> words = TaggedWords.of("Ruff/PROPN said . ^Thomas/PROPN Ruff/PROPN met Ann/PROPN Watson/PROPN ."
                + " ^Ruff/PROPN left . ^IBM/PROPN Watson/PROPN Studio/PROPN . ^RUFF/PROPN ! ^Watson/PROPN and"
                + " Ruff/PROPN agreed .");
        Mention found = new Mention("Ruff", 1, null, EntityType.PERSON, Mention.MODEL, words.get(20).start());
        List<Mention> mentions = List.of(person("Thomas Ruff", words, 3), person("Ann Watson", words, 6), found);

        // Not "Ruff" before the full name, nor "Watson" inside "IBM Watson Studio", nor "RUFF" in capitals, nor the
        // "Ruff" the text already has.
        assertThat(RepeatedSurnames.added(words, mentions, ENGLISH, true)).extracting(Mention::offset)
                .containsExactly(words.get(9).start(), words.get(18).start());
    }

    @Test
    void notAFirstNameTwoPersonsShare() {
        List<Word> words = TaggedWords.of("Ann/PROPN Lee/PROPN met Ann/PROPN Smith/PROPN . ^Ann/PROPN laughed .");

        List<Mention> added = RepeatedSurnames.added(words,
                List.of(person("Ann Lee", words, 0), person("Ann Smith", words, 3)), ENGLISH, true);

        assertThat(added).isEmpty();
    }

    @Test
    void notACommonWordNorAWordInAForeignNameNorAfterAnArticle() {
        List<Word> words = TaggedWords.of("Nick/PROPN Price/PROPN and Jeff/PROPN Haus/PROPN wrote . ^Price/PROPN"
                + " rises . ^The/DET Haus/PROPN closed . ^Visit Haus/PROPN der/NOUN Kunst/PROPN ."
                + " ^Haus/PROPN agreed .");

        List<Mention> added = RepeatedSurnames.added(words,
                List.of(person("Nick Price", words, 0), person("Jeff Haus", words, 3)), ENGLISH, true);

        assertThat(added).extracting(Mention::offset).containsExactly(words.get(words.size() - 3).start());
    }

    @Test
    void notAWordTheRulesOrItsWordClassSayIsNone() {
        // A month ("May"), and a first name that is also an auxiliary ("Will he …?"): no common words on the list.
        List<Word> words = TaggedWords.of("Theresa/PROPN May/PROPN met Will/PROPN Smith/PROPN . ^In May/PROPN"
                + " they spoke . ^Will/AUX he stay ? ^Smith/VERB stayed .");

        List<Mention> added = RepeatedSurnames.added(words,
                List.of(person("Theresa May", words, 0), person("Will Smith", words, 3)), ENGLISH, true);

        assertThat(added).extracting(Mention::surface).containsExactly("Smith");
    }

    @Test
    void theSurnameBeforeAGenerationalSuffix() {
        List<Word> words = TaggedWords.of("Ken/PROPN Griffey/PROPN Jr./PROPN played . ^Griffey/PROPN retired .");

        List<Mention> added = RepeatedSurnames.added(words, List.of(person("Ken Griffey Jr.", words, 0)), ENGLISH,
                true);

        assertThat(added).extracting(Mention::surface).containsExactly("Griffey");
    }

    @Test
    void notAWordTheTextGivesAnotherType() {
        List<Word> words = TaggedWords.of("Paris/PROPN Jackson/PROPN flew to Paris/PROPN . ^Paris/PROPN smiled .");
        Mention city = new Mention("Paris", 1, null, EntityType.LOCATION, Mention.MODEL, words.get(4).start());

        List<Mention> added = RepeatedSurnames.added(words, List.of(person("Paris Jackson", words, 0), city),
                ENGLISH, true);

        assertThat(added).isEmpty();
    }

    @Test
    void inGermanNotACommonWordButASurnameThatIsAlsoAMasculineNoun() {
        List<Word> words = TaggedWords.of("Anna/PROPN Blume/PROPN und Ute/PROPN Fiedler/PROPN malen . ^Sie/PRON mag"
                + " Blume/NOUN nicht , sagt Fiedler/NOUN .");

        List<Mention> added = RepeatedSurnames.added(words,
                List.of(person("Anna Blume", words, 0), person("Ute Fiedler", words, 3)), GERMAN, false);

        assertThat(added).extracting(Mention::surface).containsExactly("Fiedler");
    }

    private static Mention person(String name, List<Word> words, int first) {
        return new Mention(name, name.split(" ").length, null, EntityType.PERSON, Mention.MODEL,
                words.get(first).start());
    }

    private List<String> names(String body, String language) {
        return recognizer.spans("", body, language).stream()
                .map(s -> s.type() + ":" + body.substring(s.start(), s.end())).toList();
    }
}
