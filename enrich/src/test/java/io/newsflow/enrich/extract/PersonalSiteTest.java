package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A one-person site named after its owner credits the owner, whom it names nowhere else. */
class PersonalSiteTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String TEXT = "<p>" + "I moved my home server to a small box under the desk last winter, and"
            + " it has run without a hitch since then. ".repeat(6) + "</p>";

    private static ExtractedArticle extract(String url, String title, String header, String text) {
        String html = "<html lang='en'><head><title>" + title + "</title></head><body>" + header
                + "<main><article><h1>Moving my home server</h1>" + text + "</article></main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, url), FETCHED);
    }

    @Test
    void creditsThePersonTheSiteAndItsHostAreNamedAfter() {
        assertThat(extract("https://janeholloway.example/posts/server", "Moving my home server | Jane Holloway", "",
                TEXT).authors()).containsExactly("Jane Holloway");
        // the name shown as the link home; the host spells one of its words
        assertThat(extract("https://holloway.example/posts/server", "Moving my home server",
                "<header><a href='/'>Jane Holloway</a></header>", TEXT).authors()).containsExactly("Jane Holloway");
    }

    @Test
    void aNameTheHostDoesNotSpellIsNoOwner() {
        assertThat(extract("https://homeservers.example/posts/server", "Moving my home server | Jane Holloway", "",
                TEXT).authors()).isEmpty();
    }

    @Test
    void aBrandTheTextNamesIsNoOwner() {
        String text = TEXT + "<p>Every box reflects the legacy of Jane Holloway, made to last.</p>";

        assertThat(extract("https://janeholloway.example/posts/server", "Moving my home server | Jane Holloway", "",
                text).authors()).isEmpty();
    }

    @Test
    void aNameOfCommonWordsIsNoPerson() {
        assertThat(PersonNameLists.readsAsPerson(new String[] {"Jane", "Holloway"})).isTrue();
        assertThat(PersonNameLists.readsAsPerson(new String[] {"Robert", "Half"})).isFalse();
        assertThat(PersonNameLists.readsAsPerson(new String[] {"La", "Stampa"})).isFalse();
        assertThat(PersonNameLists.readsAsPerson(new String[] {"Creative", "Commons"})).isFalse();
    }
}
