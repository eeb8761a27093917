package io.newsflow.enrich.clean;

import io.newsflow.enrich.clean.IsolatedSteps.Field;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.BodyBlock;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.PageKind;
import io.newsflow.enrich.metadata.DetectedLanguage;
import io.newsflow.enrich.metadata.TextStats;
import io.newsflow.enrich.metadata.entity.RecognizedEntity;
import io.newsflow.enrich.metadata.source.DatelineFinder;
import io.newsflow.enrich.story.SimHash;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.ArticleKind;
import io.newsflow.schemas.avro.Block;
import io.newsflow.schemas.avro.BlockType;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Image;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.serde.TrustedRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Third step: adds metadata computed from the text and builds the Avro article: language, counts, dates mentioned,
 * quotes, keywords, dateline, news agencies and the SimHash fingerprint. Story clustering needs earlier articles, so
 * it happens after this step, in the topology's story store. Each of these steps runs isolated: when one throws, the
 * article goes out without that field (logged at WARN with the article id and counted, see {@link #failures}).
 */
public final class ArticleEnricher {

    static {
        TrustedRecords.ensure();
    }

    private final MetadataSteps steps;
    private final IsolatedSteps isolated = new IsolatedSteps();

    /**
     * Loads every model: language detection among {@code languages} (ISO 639-1), entity recognition, keyword
     * analyzers and the agency list.
     */
    public ArticleEnricher(List<String> languages) {
        this(MetadataSteps.load(languages));
    }

    /** An enricher calling {@code steps}, each isolated: a failing step costs only its own field. */
    public ArticleEnricher(MetadataSteps steps) {
        this.steps = steps;
    }

    /** The enriched article. */
    public Article enrich(ExtractedPage page) {
        Article.Builder article = described(page);
        String id = article.getId();
        List<RecognizedEntity> found = isolated.run(Field.ENTITIES, id,
                () -> steps.entities().apply(article.getTitle(), article.getBody(), article.getLanguage()), List.of());
        article.setEntities(found.stream().map(ArticleEnricher::entity).toList());
        return addTextMetadata(article, page.article()).build();
    }

    /**
     * What the page itself says, with its language and counts, without entities and the text metadata: for callers
     * that only want the extraction ({@code newsflow extract} without {@code --enrich}).
     */
    public Article describe(ExtractedPage page) {
        return described(page).build();
    }

    /** How many articles lost a field because its step failed (each failure is also logged at WARN). */
    public long failures(Field field) {
        return isolated.failures(field);
    }

    private Article.Builder described(ExtractedPage page) {
        RawArticle raw = page.raw();
        ExtractedArticle extracted = page.article();
        String body = extracted.body();
        TextStats stats = TextStats.of(body);
        Optional<DetectedLanguage> detected = isolated.run(Field.LANGUAGE, raw.getId(),
                () -> steps.language().apply(extracted.title() + "\n" + body), Optional.empty());
        return Article.newBuilder()
                .setId(raw.getId())
                .setUrl(raw.getUrl())
                .setFinalUrl(raw.getFinalUrl())
                .setCanonicalUrl(extracted.canonicalUrl() != null ? extracted.canonicalUrl() : raw.getCanonicalUrl())
                .setTitle(extracted.title())
                .setDescription(extracted.description())
                .setAuthors(extracted.authors())
                .setPublishedAt(publishedAt(extracted, raw))
                .setPublishedLocal(extracted.publishedLocal())
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
                .setIsAccessibleForFree(extracted.accessibleForFree())
                .setWordCount(stats.words())
                .setSentenceCount(stats.sentences())
                .setReadingTimeMinutes(stats.readingTimeMinutes())
                .setDiscovery(raw.getDiscovery())
                .setExtractorVersion(ArticleExtractor.VERSION)
                .setKind(kind(extracted.kind()));
    }

    /** The record's kind; a page that is no article never gets here (BodyExtractor dead-letters it). */
    static ArticleKind kind(PageKind kind) {
        return switch (kind) {
            case ARTICLE -> ArticleKind.ARTICLE;
            case LIVE_BLOG -> ArticleKind.LIVE_BLOG;
            case PHOTO_STORY -> ArticleKind.PHOTO_STORY;
            case SHORT_NEWS -> ArticleKind.SHORT_NEWS;
            case NOT_ARTICLE -> throw new IllegalArgumentException("a page that is no article has no article kind");
        };
    }

    /**
     * Dates, quotes, keywords, dateline, agencies and fingerprint. Runs after language and entities are set: keywords
     * need the language, and quote speakers are taken from the persons found, when there are any.
     */
    private Article.Builder addTextMetadata(Article.Builder article, ExtractedArticle extracted) {
        String id = article.getId();
        String body = article.getBody();
        Instant anchor = article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
        LocalDate day = LocalDate.ofInstant(anchor, ZoneOffset.UTC);
        Optional<DatelineFinder.Dateline> dateline = isolated.run(Field.DATELINE, id,
                () -> steps.dateline().apply(body), Optional.empty());
        List<String> credits = new ArrayList<>(List.of(body));
        Optional.ofNullable(extracted.agencyNote()).ifPresent(credits::add);
        credits.addAll(extracted.authors());
        dateline.map(DatelineFinder.Dateline::credit).ifPresent(credits::add);
        Optional.ofNullable(extracted.leadImage()).map(image -> image.credit()).ifPresent(credits::add);
        List<String> persons = persons(article.getEntities());
        return article
                .setDatesMentioned(isolated.run(Field.DATES, id, () -> steps.dates().apply(body, day), List.of()))
                .setQuotes(isolated.run(Field.QUOTES, id, () -> steps.quotes().apply(body, persons), List.of()))
                .setKeywords(isolated.run(Field.KEYWORDS, id,
                        () -> steps.keywords().apply(article.getTitle(), body, article.getLanguage()), List.of()))
                .setDateline(dateline.map(DatelineFinder.Dateline::place).orElse(null))
                .setNewsAgencies(isolated.run(Field.AGENCIES, id, () -> steps.agencies().apply(credits), List.of()))
                .setFingerprint(SimHash.of(body));
    }

    private static Entity entity(RecognizedEntity entity) {
        return new Entity(entity.name(), EntityType.valueOf(entity.type().name()), entity.aliases(), entity.mentions(),
                entity.firstOffset());
    }

    private static List<String> persons(List<Entity> entities) {
        return entities == null
                ? List.of()
                : entities.stream()
                        .filter(e -> e.getType() == EntityType.PERSON)
                        .map(Entity::getName)
                        .toList();
    }

    /** The page's own date is trusted over the feed's: feeds often carry the time of the last update. */
    private static Instant publishedAt(ExtractedArticle extracted, RawArticle raw) {
        return extracted.publishedAt() != null ? extracted.publishedAt() : raw.getDiscovery().getEntryPublishedAt();
    }

    private static Block block(BodyBlock block) {
        return new Block(BlockType.valueOf(block.kind().name()), block.text());
    }
}
