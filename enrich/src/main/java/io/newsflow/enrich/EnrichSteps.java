package io.newsflow.enrich;

import io.newsflow.enrich.clean.ArticleEnricher;
import io.newsflow.enrich.clean.BodyExtractor;
import io.newsflow.enrich.clean.ExtractedPage;
import io.newsflow.enrich.clean.IsolatedSteps;
import io.newsflow.enrich.clean.PageCleaner;
import io.newsflow.enrich.clean.ParsedPage;
import io.newsflow.enrich.step.StepResult;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.RawArticle;

/**
 * The steps of the enrich topology as plain functions, built once per topology: the topology calls them one by one
 * as named processors, and {@code newsflow extract} calls the same functions on a file, so both give the same result.
 */
public final class EnrichSteps {

    private final BodyExtractor extractor;
    private final ArticleEnricher enricher;
    private final long maxPageBytes;

    /**
     * Steps configured by {@code config}; loads the language and entity models (about a second). {@link
     * BackgroundSteps} shares steps between topologies with the same settings: a setting read here belongs in its key.
     */
    public EnrichSteps(EnrichConfig config) {
        this.extractor = new BodyExtractor(config.minBodyChars());
        this.enricher = new ArticleEnricher(config.languages());
        this.maxPageBytes = config.maxPageBytes();
    }

    /** Parses the page, rejecting records that hold no fetched page or a page over the size limit. */
    public StepResult<ParsedPage> clean(RawArticle raw) {
        return PageCleaner.clean(raw, maxPageBytes);
    }

    /** Extracts the article, rejecting non-articles and pages without a body. */
    public StepResult<ExtractedPage> extract(ParsedPage page) {
        return extractor.extract(page);
    }

    /** Adds metadata and builds the Avro article. */
    public Article enrich(ExtractedPage page) {
        return enricher.enrich(page);
    }

    /** Extraction only, with language and counts but no entities or text metadata (see ArticleEnricher#describe). */
    public StepResult<Article> describe(ParsedPage page) {
        return extract(page).map(enricher::describe);
    }

    /** As {@link #describe(ParsedPage)}, for callers that already hold the extracted page. */
    public Article describe(ExtractedPage page) {
        return enricher.describe(page);
    }

    /** How many articles went out without {@code field} because its enrichment step failed. */
    public long failures(IsolatedSteps.Field field) {
        return enricher.failures(field);
    }

    /** Every step after parsing, for callers that already hold the parsed page. */
    public StepResult<Article> process(ParsedPage page) {
        return extract(page).map(this::enrich);
    }
}
