package io.newsflow.enrich.clean;

import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.PageKind;
import io.newsflow.enrich.step.Reason;
import io.newsflow.enrich.step.StepResult;

/**
 * Second step: extracts the article and rejects pages that are no article or have too little text to be one (short
 * news items and photo stories, which the page declares as articles, are kept however short).
 */
public final class BodyExtractor {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final int minBodyChars;

    /** @param minBodyChars the shortest body, in characters, that counts as an article */
    public BodyExtractor(int minBodyChars) {
        this.minBodyChars = minBodyChars;
    }

    /** The extracted article, or a rejection with the reason. */
    public StepResult<ExtractedPage> extract(ParsedPage page) {
        ExtractedArticle article = extractor.extract(page.document(), page.raw().getFetchedAt());
        String url = page.raw().getFinalUrl();
        if (article.kind() == PageKind.NOT_ARTICLE) {
            return StepResult.rejected(Reason.NOT_AN_ARTICLE, url + ": " + article.notArticleReason(), page.raw());
        }
        int chars = article.body().length();
        // a short news item or photo story is short by nature; the page declared it an article (PageClassifier)
        boolean shortByKind = article.kind() == PageKind.SHORT_NEWS || article.kind() == PageKind.PHOTO_STORY;
        if (chars < minBodyChars && !shortByKind) {
            return StepResult.rejected(
                    Reason.NO_BODY,
                    url + ": body has " + chars + " characters, fewer than enrich.min.body.chars=" + minBodyChars,
                    page.raw());
        }
        if (article.title().isBlank()) {
            return StepResult.rejected(Reason.NO_TITLE, url + ": no headline found", page.raw());
        }
        return StepResult.ok(new ExtractedPage(page.raw(), article));
    }
}
