package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Metadata evidence gathered from a page in one pass by {@link PageSignalsCollector}.
 *
 * @param meta {@code <meta>} contents by lower-case {@code property}, {@code name}, {@code itemprop} or
 *     {@code http-equiv}, in document order
 * @param canonicalUrl the absolute {@code <link rel=canonical>} URL
 * @param jsonLd the text of each {@code application/ld+json} script
 * @param htmlLang the {@code <html lang>} attribute
 * @param headings the text of each {@code <h1>}
 * @param subheadings the text of the first {@code <h2>}s, headline candidates when no {@code <h1>} agrees with a
 *     declared title
 * @param bylines the text of each byline element
 * @param bylineLines for each byline element, the number of the line it sits in: elements set side by side in one
 *     short line ("By <span class=author>A</span>, <span class=author>B</span>") share their number
 * @param tagLinks link texts of tag lists and {@code rel=tag} links
 * @param leads the text of each element marked as a lead/standfirst
 * @param firstTimestamp the first {@code datetime} of a {@code <time>} or {@code itemprop=datePublished}
 * @param modifiedTimestamp the first {@code datetime} of a {@code <time class="updated">} or
 *     {@code itemprop=dateModified}
 * @param dateTexts short visible texts of date-marked elements and of {@code <time>} without {@code datetime}
 * @param figures the {@code <figure>}s holding an image, in order (at most a few)
 * @param counts page-type evidence: live-blog markers, timestamps, images, videos
 * @param postAuthor the {@code data-author} of the first element of class {@code message}: the poster of a thread's
 *     first message
 * @param commentingAuthor the name in the first comment a blog marks as the post author's ({@code class=bypostauthor})
 */
record PageSignals(
        Map<String, List<String>> meta,
        @Nullable String canonicalUrl,
        List<String> jsonLd,
        @Nullable String htmlLang,
        List<String> headings,
        List<String> subheadings,
        List<String> bylines,
        List<Integer> bylineLines,
        List<String> tagLinks,
        List<String> leads,
        @Nullable String firstTimestamp,
        @Nullable String modifiedTimestamp,
        List<String> dateTexts,
        List<Element> figures,
        PageCounts counts,
        @Nullable String postAuthor,
        @Nullable String commentingAuthor) {

    PageSignals {
        meta = Map.copyOf(meta);
        jsonLd = List.copyOf(jsonLd);
        headings = List.copyOf(headings);
        subheadings = List.copyOf(subheadings);
        bylines = List.copyOf(bylines);
        bylineLines = List.copyOf(bylineLines);
        tagLinks = List.copyOf(tagLinks);
        leads = List.copyOf(leads);
        dateTexts = List.copyOf(dateTexts);
        figures = List.copyOf(figures);
    }

    /** The first non-blank meta content for the first of {@code keys} that has one. */
    @Nullable
    String meta(String... keys) {
        for (String key : keys) {
            for (String value : metaAll(key)) {
                if (!value.isBlank()) {
                    return value;
                }
            }
        }
        return null;
    }

    List<String> metaAll(String key) {
        return meta.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }
}
