package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first-publication time a page's application state declares in a script that is not JSON-LD: a headless CMS
 * renders its document from a JSON blob holding {@code "first_publication_date":"2025-08-04T11:55:39+0000"}
 * (Prismic), {@code "firstPublished"}, {@code "first_published_at"} (Storyblok), and the page shows no date. Only keys
 * that name the first publication are read: a {@code "datePublished"} or {@code "publishedAt"} in app state belongs
 * as often to the related items listed beside the article as to the article (on TUNE pages where such a key comes
 * first, its day was another page's as often as not), and a last publication is an update.
 *
 * @param firstPublished the values of such keys, in document order, the page's own document first
 */
record ScriptDates(List<String> firstPublished) {

    /** An escaped quote ({@code \"}) too: app state is often a JSON string inside a script. */
    private static final Pattern FIRST_PUBLISHED = Pattern.compile(
            "\\\\?\"(?:first_publication_date|firstPublicationDate|first_published_at|firstPublishedAt"
                    + "|firstPublished)\\\\?\"\\s*:\\s*\\\\?\"([0-9][0-9:.TZ+ -]{7,34})\\\\?\"");

    private static final int MAX_VALUES = 3;

    ScriptDates {
        firstPublished = List.copyOf(firstPublished);
    }

    /** {@link #scan}, done once, when first asked: only pages with no visible or declared date need it. */
    static Supplier<ScriptDates> lazy(Document page) {
        return new Once<>(() -> scan(page));
    }

    static ScriptDates scan(Document page) {
        List<String> values = new ArrayList<>();
        for (Element script : page.getElementsByTag("script")) {
            if (script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue; // JsonLdReader's: its datePublished was read first
            }
            Matcher m = FIRST_PUBLISHED.matcher(script.data());
            while (m.find() && values.size() < MAX_VALUES) {
                values.add(m.group(1).strip());
            }
        }
        return new ScriptDates(values);
    }
}
