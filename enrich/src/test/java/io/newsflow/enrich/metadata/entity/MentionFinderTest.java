package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

    private static List<EntityType> typeOf(String surface, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.surface().equals(surface)).map(Mention::type).toList();
    }

    private static List<Mention> find(MentionFinder finder, String tagged) {
        List<Word> words = words(tagged);
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            text.append(" ".repeat(word.start() - text.length())).append(word.text());
        }
        return finder.find(text.toString(), words, false);
    }

    /**
     * Words separated by spaces, each optionally with its part of speech after a slash (default PUNCT for ".", NOUN
     * when capitalised, else ADP); "+" before a word joins it to the word before without a space, "^" marks a
     * sentence start (the first word always starts one).
     */
    private static List<Word> words(String tagged) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String token : tagged.split(" ")) {
            boolean joined = token.startsWith("+");
            boolean start = words.isEmpty() || token.startsWith("^");
            token = joined || token.startsWith("^") ? token.substring(1) : token;
            int slash = token.lastIndexOf('/');
            String text = slash > 0 ? token.substring(0, slash) : token;
            String pos = slash > 0 ? token.substring(slash + 1)
                    : text.equals(".") ? "PUNCT" : Character.isUpperCase(text.charAt(0)) ? "NOUN" : "ADP";
            at += words.isEmpty() || joined ? 0 : 1;
            words.add(new Word(text, at, at + text.length(), pos, start));
            at += text.length();
        }
        return words;
    }
}
