package io.newsflow.enrich.extract.quality;

import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.PageKind;
import io.newsflow.enrich.extract.PageParser;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Runs newsflow's extractor and the Readability4J reference on a golden page and scores them. */
final class Extractors {

    private static final ArticleExtractor NEWSFLOW = new ArticleExtractor();

    private Extractors() {}

    static PageResult newsflow(GoldenPage page) {
        ExtractedArticle article =
                NEWSFLOW.extract(PageParser.parse(page.html(), null, page.url()), page.fetchedAt());
        boolean isArticle = page.kind() == PageKind.ARTICLE;
        return new PageResult(
                BodyScore.of(isArticle ? article.body() : "", page.body()),
                normalized(article.title()).equals(normalized(page.title())),
                new HashSet<>(article.authors()).equals(new HashSet<>(page.authors())),
                Objects.equals(article.publishedAt(), page.publishedAt()),
                article.kind() == page.kind());
    }

    /** Readability4J scores on body and title only; it has no author list, date or verdict. */
    static PageResult readability4j(GoldenPage page) {
        Article article = new Readability4J(page.url(), new String(page.html(), StandardCharsets.UTF_8)).parse();
        String body = article.getTextContent() == null ? "" : article.getTextContent();
        String title = article.getTitle() == null ? "" : article.getTitle();
        return new PageResult(BodyScore.of(body, page.body()), normalized(title).equals(normalized(page.title())),
                false, false, false);
    }

    static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0\\u200b]+", " ").strip();
    }
}
