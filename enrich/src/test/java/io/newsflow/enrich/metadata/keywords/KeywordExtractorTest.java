package io.newsflow.enrich.metadata.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.EnrichedSeed;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private final KeywordExtractor extractor = new KeywordExtractor();

    @Test
    void theSeedsKeywordsNameItsSubject() {
        EnrichedSeed seed = new EnrichedSeed();
        List<String> keywords = extractor.extract(seed.article().getTitle(), seed.body(), "de");
        assertThat(keywords).hasSizeBetween(10, KeywordExtractor.MAX_KEYWORDS)
                .startsWith("Nordkorea")
                .contains("Russland", "Schoigu", "Pjöngjang", "Putin")
                .doesNotContain("sagte", "Der", "die", "Jahr", "nordkorea");
    }

    @Test
    void mergesInflectionsAndGivesTheMostFrequentSurfaceForm() {
        String body = "Die Sanktionen wirken. Neue Sanktion beschlossen. Die Sanktionen bleiben. Der Streik der Lokführer"
                + " geht weiter. Der Streik trifft Pendler.";
        assertThat(extractor.extract("Sanktionen und Streik", body, "de")).startsWith("Sanktionen", "Streik");
    }

    @Test
    void findsTwoWordPhrasesInEnglish() {
        String body = "The Lakeside Library reopens on Monday. The Lakeside Library was closed for renovation."
                + " Readers missed the Lakeside Library and its reading garden. The reading garden is new.";
        List<String> keywords = extractor.extract("Lakeside Library reopens", body, "en");
        assertThat(keywords.get(0)).isEqualTo("Lakeside Library");
        assertThat(keywords).contains("reading garden").doesNotContain("the", "said");
    }

    @Test
    void leavesOutFunctionWordsAndPhraseFragments() {
        String en = "More than ever, readers ask about what the library offers. More than a hundred came. What a day."
                + " Readers love the library.";
        assertThat(extractor.extract("", en, "en")).contains("library").doesNotContain("than", "about", "what", "More than");
        String de = "Der Auftragseingang im dritten Quartal sank. Im dritten Quartal deutlich weniger, das Quartal"
                + " deutlich schwächer.";
        assertThat(extractor.extract("", de, "de")).contains("dritten Quartal").doesNotContain("Quartal deutlich");
    }

    @Test
    void aTextWithoutRepeatedWordsHasFewKeywords() {
        assertThat(extractor.extract("", "Ein einziger kurzer Satz ohne Wiederholung.", "de")).isEmpty();
    }
}
