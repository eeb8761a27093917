package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A one-person site whose footer's copyright notice names its owner, whom it credits nowhere else. */
class CopyrightOwnerTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String TEXT = "<p>" + "I moved my home server to a small box under the desk last winter, and"
            + " it has run without a hitch since then. ".repeat(6) + "</p>";

    private static ExtractedArticle extract(String text, String footer) {
        return extract("", text, footer);
    }

    private static ExtractedArticle extract(String header, String text, String footer) {
        String html = "<html lang='en'><head><title>Moving my home server</title></head><body>"
                + "<main>" + header + "<article><h1>Moving my home server</h1>" + text + "</article></main>" + footer
                + "</body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://homeservers.example/posts/server"), FETCHED);
    }

    @Test
    void creditsThePersonTheFootersNoticeNames() {
        assertThat(extract(TEXT, "<footer>&copy; 2025 Jane Holloway. All rights reserved.</footer>").authors())
                .containsExactly("Jane Holloway");
        assertThat(extract(TEXT, "<div class='copyrights-area'><p>(c) Jane Holloway • Weitere Rechte siehe"
                + " Impressum</p></div>").authors()).containsExactly("Jane Holloway");
    }

    @Test
    void aCompanyIsNoOwner() {
        assertThat(extract(TEXT, "<footer>© 2025 Meta Platforms, Inc</footer>").authors()).isEmpty();
        assertThat(extract(TEXT, "<footer>© 2025 Diana Holloway Corp. All rights reserved.</footer>").authors())
                .isEmpty();
        assertThat(extract(TEXT, "<footer>© Jane Holloway of Northwind, theme by Example</footer>").authors())
                .isEmpty();
    }

    @Test
    void aNoticeInThePagesMainPartCreditsAPicture() {
        String picture = "<div class='hero' style='background-image: url(/desk.jpg)'><p class='copyright'>© Jane"
                + " Holloway</p></div>";

        assertThat(extract(picture, TEXT, "").authors()).isEmpty();
    }

    @Test
    void aPersonTheTextNamesIsNoOwner() {
        String text = TEXT + "<p>Every box reflects the legacy of Jane Holloway, made to last.</p>";

        assertThat(extract(text, "<footer>© 2025 Jane Holloway</footer>").authors()).isEmpty();
    }
}
