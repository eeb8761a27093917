package io.newsflow.enrich.extract;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ArticleExtractor} found on a page: metadata, the lead image and the body blocks.
 *
 * @param title the headline, without a site-name suffix; empty when the page has none
 * @param publishedLocal the publication time as the page states it: ISO 8601 with the page's offset
 *     ({@code "2023-07-26T09:41:00+02:00"}), or the day alone ({@code "2023-07-26"}) when the page gives no time
 * @param declaredLanguage the ISO 639-1 code the page declares, e.g. {@code "de"} for {@code "de-DE"}
 * @param agencyNote a trailing author/agency note such as {@code "bohy mit Agenturen"}, removed from the body
 * @param dateline the place of the dateline opening the body ("Pjöngjang"); the body keeps it
 * @param newsAgencies agencies credited in the dateline or the agency note ("dpa", "AFP")
 * @param captions captions and credits of images inside the article, removed from the body
 * @param accessibleForFree JSON-LD {@code isAccessibleForFree}, null when undeclared
 * @param notArticleReason why {@code kind} is {@link PageKind#NOT_ARTICLE}; null for articles
 */
public record ExtractedArticle(
        String title,
        @Nullable String description,
        List<String> authors,
        @Nullable Instant publishedAt,
        @Nullable String publishedLocal,
        @Nullable Instant modifiedAt,
        @Nullable String canonicalUrl,
        @Nullable String section,
        @Nullable String siteName,
        List<String> tags,
        @Nullable String declaredLanguage,
        @Nullable LeadImage leadImage,
        List<BodyBlock> blocks,
        @Nullable String agencyNote,
        @Nullable String dateline,
        List<String> newsAgencies,
        List<String> captions,
        @Nullable Boolean accessibleForFree,
        PageKind kind,
        @Nullable String notArticleReason) {

    public ExtractedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        // the text the extractor gives out is composed (NFC), whatever form the page wrote it in
        title = TextNormalizer.composed(title);
        description = description == null ? null : TextNormalizer.composed(description);
        authors = authors.stream().map(TextNormalizer::composed).toList();
        tags = List.copyOf(tags);
        blocks = List.copyOf(blocks);
        newsAgencies = List.copyOf(newsAgencies);
        captions = List.copyOf(captions);
    }

    /** The blocks' text joined with a blank line ({@code "\n\n"}). */
    public String body() {
        return blocks.stream().map(BodyBlock::text).collect(Collectors.joining("\n\n"));
    }
}
