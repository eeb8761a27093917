package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

    private static final MentionFinder ENGLISH = new MentionFinder(LanguageRules.load("en"),
            Gazetteer.load(List.of(Locale.ENGLISH)), true);

    @Test
    void anAbbreviatedTitleWhosePeriodIsAWordOfItsOwnMakesAPerson() {
        // The tokenizer splits "Mr." into "Mr" and ".".
        assertThat(typeOf("Quibbler's", find(ENGLISH, "But Mr/PROPN +. Quibbler's/PROPN letter came late")))
                .containsExactly(EntityType.PERSON);
    }

    @Test
    void aPeriodEndingASentenceIsNoTitlesPeriod() {
        assertThat(typeOf("Quibbler", find(ENGLISH, "They met the Mayor/PROPN +. ^Quibbler/PROPN came late")))
                .containsOnlyNulls();
    }

    @Test
    void aSeaOrOceanEndsAPlacesNameKnownOrNot() {
        List<Mention> found = find(ENGLISH, "into the Mediterranean/PROPN Sea/PROPN and the Quibblish/ADJ Sea/PROPN , "
                + "across the Pacific/PROPN Ocean/PROPN");
        assertThat(typeOf("Mediterranean Sea", found)).as("a gazetteer place and the word after it")
                .containsExactly(EntityType.LOCATION);
        assertThat(typeOf("Quibblish Sea", found)).containsExactly(EntityType.LOCATION);
        assertThat(typeOf("Pacific Ocean", found)).containsExactly(EntityType.LOCATION);
    }

    private static List<EntityType> typeOf(String surface, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.surface().equals(surface)).map(Mention::type).toList();
    }

    private static List<Mention> find(MentionFinder finder, String tagged) {
        List<Word> words = TaggedWords.of(tagged);
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            text.append(" ".repeat(word.start() - text.length())).append(word.text());
        }
        return finder.find(text.toString(), words, false);
    }
}
