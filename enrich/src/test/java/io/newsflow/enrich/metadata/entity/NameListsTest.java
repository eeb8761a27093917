package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameListsTest {

    private final NameLists lists = new NameLists(Set.of("alice", "john"), Set.of("smith"),
            Set.of("new york city", "new york", "essen"), Set.of("boston celtics"), Set.of("angela merkel"),
            Set.of("premium"));

    @Test
    void aKnownFirstNameBeforeACapitalisedWordMarksBothWords() {
        List<List<String>> features = lists.features(words("his wife , Alice Tarlo , said"), 0, 7);
        assertThat(features.get(3)).containsExactly("l=first", "l=first+", ">l=first<");
        assertThat(features.get(4)).as("an unknown surname after a known first name")
                .containsExactly("l=first<", "<l=first", "<l=first+");
        assertThat(features.get(0)).isEmpty();
    }

    @Test
    void aKnownFirstNameAloneHasNoLookahead() {
        List<List<String>> features = lists.features(words("says Alice ."), 0, 3);
        assertThat(features.get(1)).containsExactly("l=first");
    }

    @Test
    void aKnownSurnameSaysWhetherAKnownFirstNameCameBefore() {
        assertThat(lists.features(words("John Smith"), 0, 2).get(1)).contains("l=first<", "l=last<");
        assertThat(lists.features(words("Mr Smith"), 0, 2).get(1)).containsExactly("l=last");
        assertThat(lists.features(words("Mr Smith"), 0, 2).get(0)).containsExactly(">l=last");
    }

    @Test
    void theLongestListNameMarksItsFirstAndInnerWords() {
        List<List<String>> features = lists.features(words("in New York City , the Boston Celtics won"), 0, 9);
        assertThat(features.get(1)).containsExactly("l=placeB", ">l=placeI");
        assertThat(features.get(2)).containsExactly("l=placeI", "<l=placeB", ">l=placeI");
        assertThat(features.get(3)).containsExactly("l=placeI", "<l=placeI");
        assertThat(features.get(6)).containsExactly("l=orgB", ">l=orgI");
        assertThat(features.get(7)).containsExactly("l=orgI", "<l=orgB");
    }

    @Test
    void aKnownPersonsWholeNameIsMarkedLikeAPlace() {
        List<List<String>> features = lists.features(words("said Angela Merkel"), 0, 3);
        assertThat(features.get(1)).contains("l=personB", ">l=personI");
        assertThat(features.get(2)).contains("l=personI", "<l=personB");
        assertThat(lists.features(words("Angela Smith"), 0, 2).get(0)).doesNotContain("l=personB");
    }

    @Test
    void onlyCapitalisedWordsStartANameAndTheRangeIsRespected() {
        assertThat(lists.features(words("essen in Essen"), 0, 3).get(0)).isEmpty();
        assertThat(lists.features(words("essen in Essen"), 0, 3).get(2)).containsExactly("l=placeB");
        assertThat(lists.features(words("Alice New York"), 1, 3)).as("a name may not run past the sentence")
                .hasSize(2).first().asList().containsExactly("l=placeB", ">l=placeI");
    }

    @Test
    void aCapitalisedCommonWordIsMarked() {
        assertThat(lists.features(words("Premium Bonds"), 0, 2).get(0)).containsExactly("l=word");
        assertThat(lists.features(words("premium bonds"), 0, 2).get(0)).isEmpty();
    }

    @Test
    void theShippedListsKnowCommonNames() {
        List<List<String>> features = NameLists.shipped().features(words("Alice Walker visited Hamburg"), 0, 4);
        assertThat(features.get(0)).contains("l=first", "l=first+");
        assertThat(features.get(3)).contains("l=placeB");
        List<List<String>> dbpedia = NameLists.shipped().features(words("Trump met Angela Merkel in Mailand"), 0, 6);
        assertThat(dbpedia.get(0)).as("a famous person's surname (DBpedia)").contains("l=last");
        assertThat(dbpedia.get(2)).contains("l=personB");
        assertThat(dbpedia.get(5)).as("a German place name (DBpedia's German labels)").contains("l=placeB");
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String token : text.split(" ")) {
            words.add(new Word(token, at, at + token.length(), "X", words.isEmpty()));
            at += token.length() + 1;
        }
        return words;
    }
}
