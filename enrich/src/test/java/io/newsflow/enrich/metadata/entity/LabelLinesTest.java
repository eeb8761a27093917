package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLinesTest {

    private static final String MOVERS = """
            Our movers packed the whole flat in two hours and the price was fair.

            Pros & Cons

            Fast crews and careful packing.
            Weekend moves cost more.

            Key Takeaways

            Vehicles Available

            Maria Lopez, who runs the company, said the crews were trained well.
            """;

    private final EntityRecognizer recognizer = EntityRecognizerFixture.recognizer();

    @Test
    void headingsAndLabelsOfCapitalisedCommonWordsNameNobody() {
        List<RecognizedEntity> entities = recognizer.recognize("", MOVERS, "en");
        assertThat(entities).extracting(RecognizedEntity::name).containsExactly("Maria Lopez");
    }

    @Test
    void aNameOnAHeadingStillCountsForTheNameTheRunningTextGives() {
        String body = "Zumtobel\n\nShares of Zumtobel rose on Monday after the lighting maker said sales grew, and "
                + "Zumtobel expects more.\n";
        RecognizedEntity company = recognizer.recognize("", body, "en").get(0);
        assertThat(company.name()).isEqualTo("Zumtobel");
        assertThat(company.mentions()).isEqualTo(3);
        assertThat(company.firstOffset()).isZero();
    }

    @Test
    void aHeadingThatNamesAKindOfBusinessIsNoOrganisation() {
        String body = "The restaurant seats guests quickly and the menu is short.\n\n2. Fast Casual Service\n\n"
                + "Most guests liked the soup.\n\nHarlow Catering Service\n\nHarlow Catering Service cooked for the "
                + "wedding.\n";
        List<RecognizedEntity> entities = recognizer.recognize("", body, "en");
        assertThat(entities).extracting(RecognizedEntity::name).doesNotContain("Fast Casual Service");
        assertThat(entities.get(0).name()).isEqualTo("Harlow Catering Service");
        assertThat(entities.get(0).mentions()).isEqualTo(2);
    }

    @Test
    void titleCaseAndShortVerblessLinesAreLabelsSentencesAreNot() {
        String text = "Key Takeaways\nCherry tomatoes\nWhy Adidas Is a Favorite\nWhy Adidas is a favorite\n"
                + "Guide to the Best Movers\nThe movers came.\n";
        List<Word> words = TaggedWords.in(text, "Key/ADJ Takeaways/NOUN Cherry/NOUN tomatoes/NOUN "
                + "Why/ADV Adidas/PROPN Is/AUX a/DET Favorite/NOUN Why/ADV Adidas/PROPN is/AUX a/DET favorite/NOUN "
                + "Guide/NOUN to/ADP the/DET Best/ADJ Movers/NOUN The/DET movers/NOUN came/VERB ./PUNCT");
        boolean[] label = LabelLines.of(text, words);
        assertThat(label).containsExactly(true, true, true, true, true, true, true, true, true,
                false, false, false, false, false, true, true, true, true, true, false, false, false, false);
    }

    @Test
    void anOrganisationAfterAPersonAndOfOnACaptionIsKnown() {
        String text = "Michael Tien of Zorvex\nNathan Law of Zorvex\nKey Takeaways of Zorvex\n";
        List<Word> words = TaggedWords.in(text, "Michael/PROPN Tien/PROPN of/ADP Zorvex/PROPN Nathan/PROPN Law/PROPN"
                + " of/ADP Zorvex/PROPN Key/ADJ Takeaways/NOUN of/ADP Zorvex/PROPN");
        LanguageRules rules = LanguageRules.load("en");
        assertThat(LabelLines.knownName(words, 3, 4, EntityType.ORGANIZATION, rules)).isTrue();
        assertThat(LabelLines.knownName(words, 7, 8, EntityType.ORGANIZATION, rules)).as("a surname that is a word")
                .isTrue();
        assertThat(LabelLines.knownName(words, 11, 12, EntityType.ORGANIZATION, rules)).as("no person before of")
                .isFalse();
        assertThat(LabelLines.knownName(words, 3, 4, EntityType.PERSON, rules)).as("only an organisation").isFalse();
    }
}
