package io.newsflow.enrich.quality;

import io.newsflow.enrich.clean.BodyExtractor;
import io.newsflow.enrich.clean.ExtractedPage;
import io.newsflow.enrich.clean.PageCleaner;
import io.newsflow.enrich.clean.ParsedPage;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.DeclaredUrl;
import io.newsflow.enrich.extract.PageParser;
import io.newsflow.enrich.step.StepResult;
import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Runs a saved page through the enrich topology's parse and extract steps ({@link PageCleaner}, then
 * {@link BodyExtractor} with its {@link ArticleExtractor}), as {@code newsflow extract} does, for scoring.
 */
public final class PipelineExtraction {

    /**
     * The address that stands in for a page that names no URL and was given none ({@code newsflow extract}'s
     * {@code urlSource: none}; the command lets the file's own URI stand in).
     */
    public static final String PLACEHOLDER_URL = "https://unknown.invalid/";

    private final BodyExtractor steps;
    private final ArticleExtractor extractor = new ArticleExtractor();

    /** @param minBodyChars the topology's {@code enrich.min.body.chars} */
    public PipelineExtraction(int minBodyChars) {
        this.steps = new BodyExtractor(minBodyChars);
    }

    /**
     * The outcome for a page fetched from {@code url} at {@code fetchedAt}. Without a URL, the page's own canonical
     * URL is used, as {@code newsflow extract} does; a page that names none either is extracted without one, keyed by
     * its content, at {@link #PLACEHOLDER_URL}.
     *
     * @throws RuntimeException whatever the steps throw: a crash the caller counts
     */
    public PipelineOutcome run(byte[] html, @Nullable String url, Instant fetchedAt) {
        RawArticle raw = rawArticle(html, url, fetchedAt);
        boolean withoutUrl = url == null && raw.getUrl().equals(PLACEHOLDER_URL);
        StepResult<ParsedPage> cleaned = PageCleaner.clean(raw, Topics.MAX_MESSAGE_BYTES);
        if (!(cleaned instanceof StepResult.Ok<ParsedPage> ok)) {
            throw new IllegalStateException("a page with HTTP status 200 was not parsed: " + url);
        }
        ParsedPage page = ok.value();
        boolean declaresUrl = url == null ? !withoutUrl : DeclaredUrl.of(page.document()) != null;
        StepResult<ExtractedPage> extracted = steps.extract(page);
        if (extracted instanceof StepResult.Ok<ExtractedPage> article) {
            return new PipelineOutcome(article.value().article(), null, null, declaresUrl, withoutUrl, article.value());
        }
        StepResult.Rejected<ExtractedPage> rejected = (StepResult.Rejected<ExtractedPage>) extracted;
        // the topology drops the extractor's output with the rejection; extract again to score its metadata
        return new PipelineOutcome(extractor.extract(page.document(), fetchedAt), rejected.reason(),
                rejected.detail(), declaresUrl, withoutUrl, null);
    }

    /**
     * The record ingest would have written for the page: fetched from {@code url}; without one, from the page's own
     * canonical URL, as {@code newsflow extract} does; when the page names none either, at {@link #PLACEHOLDER_URL} and
     * keyed by its content, as the command keys such a page.
     */
    public static RawArticle rawArticle(byte[] html, @Nullable String url, Instant fetchedAt) {
        String declared = url != null ? null : DeclaredUrl.of(PageParser.parse(html, null, PLACEHOLDER_URL));
        String articleUrl = url != null ? url : declared != null ? declared : PLACEHOLDER_URL;
        return RawArticle.newBuilder()
                .setId(articleUrl.equals(PLACEHOLDER_URL) ? ArticleId.ofContent(html) : ArticleId.of(articleUrl))
                .setUrl(articleUrl)
                .setFinalUrl(articleUrl)
                .setDiscovery(Discovery.newBuilder().setMethod(DiscoveryMethod.OTHER).setSourceUrl(articleUrl).build())
                .setFetchedAt(fetchedAt)
                .setHttpStatus(200)
                .setContentType("text/html")
                .setBody(ByteBuffer.wrap(html))
                .build();
    }
}
