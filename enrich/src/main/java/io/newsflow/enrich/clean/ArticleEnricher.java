package io.newsflow.enrich.clean;

import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.BodyBlock;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.metadata.DetectedLanguage;
import io.newsflow.enrich.metadata.LanguageDetector;
import io.newsflow.enrich.metadata.TextStats;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Block;
import io.newsflow.schemas.avro.BlockType;
import io.newsflow.schemas.avro.Image;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.serde.TrustedRecords;
import java.time.Instant;
import java.util.Optional;

/** Third step: adds metadata computed from the text (language, counts) and builds the Avro article. */
public final class ArticleEnricher {

    static {
        TrustedRecords.ensure();
    }

    private final LanguageDetector languages = new LanguageDetector();

    /** The enriched article. */
    public Article enrich(ExtractedPage page) {
        RawArticle raw = page.raw();
        ExtractedArticle extracted = page.article();
        String body = extracted.body();
        TextStats stats = TextStats.of(body);
        Optional<DetectedLanguage> detected = languages.detect(extracted.title() + "\n" + body);
        return Article.newBuilder()
                .setId(raw.getId())
                .setUrl(raw.getUrl())
                .setFinalUrl(raw.getFinalUrl())
                .setCanonicalUrl(extracted.canonicalUrl() != null ? extracted.canonicalUrl() : raw.getCanonicalUrl())
                .setTitle(extracted.title())
                .setDescription(extracted.description())
                .setAuthors(extracted.authors())
                .setPublishedAt(publishedAt(extracted, raw))
                .setModifiedAt(extracted.modifiedAt())
                .setFetchedAt(raw.getFetchedAt())
                .setSection(extracted.section())
                .setSiteName(extracted.siteName())
                .setTags(extracted.tags())
                .setLanguage(detected.map(DetectedLanguage::code).orElse(extracted.declaredLanguage()))
                .setLanguageConfidence(detected.map(DetectedLanguage::confidence).orElse(null))
                .setLeadImage(extracted.leadImage() == null ? null : new Image(extracted.leadImage().url(),
                        extracted.leadImage().caption(), extracted.leadImage().credit()))
                .setBody(body)
                .setBlocks(extracted.blocks().stream().map(ArticleEnricher::block).toList())
                .setAgencyNote(extracted.agencyNote())
                .setDateline(extracted.dateline())
                .setNewsAgencies(extracted.newsAgencies())
                .setIsAccessibleForFree(extracted.accessibleForFree())
                .setWordCount(stats.words())
                .setSentenceCount(stats.sentences())
                .setReadingTimeMinutes(stats.readingTimeMinutes())
                .setDiscovery(raw.getDiscovery())
                .setExtractorVersion(ArticleExtractor.VERSION)
                .build();
    }

    /** The page's own date is trusted over the feed's: feeds often carry the time of the last update. */
    private static Instant publishedAt(ExtractedArticle extracted, RawArticle raw) {
        return extracted.publishedAt() != null ? extracted.publishedAt() : raw.getDiscovery().getEntryPublishedAt();
    }

    private static Block block(BodyBlock block) {
        return new Block(BlockType.valueOf(block.kind().name()), block.text());
    }
}
