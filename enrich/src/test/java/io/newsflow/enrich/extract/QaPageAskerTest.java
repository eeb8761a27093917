package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A question-and-answer page's structured data names the asker as the author of its main entity, the question. */
class QaPageAskerTest {

    private static final Instant FETCHED = Instant.parse("2026-12-01T00:00:00Z");

    private static final String TEXT = "<p>" + "Which release of the toolkit should I install on the new long-term"
            + " release of the system, and will the packaged one do for a desktop application? ".repeat(4) + "</p>";

    private static ExtractedArticle extract(String jsonLd) {
        String html = "<html lang='en'><head><script type='application/ld+json'>" + jsonLd + "</script></head><body>"
                + "<main><h1>Which toolkit release for the new system</h1>" + TEXT + "</main></body></html>";
        return new ArticleExtractor().extract(Jsoup.parse(html, "https://forum.example/topic/1"), FETCHED);
    }

    @Test
    void theQuestionsAuthorIsThePages() {
        String qaPage = "{\"@context\": \"https://schema.org\", \"@type\": \"QAPage\", \"mainEntity\": {\"@type\":"
                + " \"Question\", \"name\": \"Which toolkit release\", \"answerCount\": 2, \"author\": {\"@type\":"
                + " \"Person\", \"name\": \"JaneR\"}, \"acceptedAnswer\": [{\"@type\": \"Answer\", \"author\":"
                + " {\"@type\": \"Person\", \"name\": \"Moderator\"}}]}}";

        assertThat(extract(qaPage).authors()).containsExactly("JaneR");
    }

    @Test
    void aQuestionNamingNoAuthorLeavesThePageToTheForumPostsAuthor() {
        String graph = "[{\"@context\": \"https://schema.org\", \"@type\": \"QAPage\", \"mainEntity\": {\"@type\":"
                + " \"Question\", \"name\": \"Which toolkit release\"}}, {\"@context\": \"https://schema.org\","
                + " \"@type\": \"DiscussionForumPosting\", \"headline\": \"Which toolkit release\", \"author\":"
                + " {\"@type\": \"Person\", \"name\": \"JaneR\"}}]";

        assertThat(extract(graph).authors()).containsExactly("JaneR");
    }

    @Test
    void aFrequentlyAskedQuestionsAuthorIsNoPagesAuthor() {
        String faqPage = "{\"@context\": \"https://schema.org\", \"@type\": \"FAQPage\", \"mainEntity\": [{\"@type\":"
                + " \"Question\", \"name\": \"Which toolkit release\", \"author\": {\"@type\": \"Person\", \"name\":"
                + " \"JaneR\"}}]}";

        assertThat(extract(faqPage).authors()).isEmpty();
    }
}
