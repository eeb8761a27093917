package io.newsflow.enrich.extract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The article facts a page declares in JSON-LD (schema.org), as read by {@link JsonLdReader}.
 *
 * @param types every {@code @type} declared on the page, including non-article nodes
 * @param article whether an article-typed node was found; all other fields come from it
 * @param articleBody the declared full text ({@code articleBody}), line breaks kept
 * @param authorOrganizations names of organisations given as the author (a desk, the site), kept apart from persons
 */
record JsonLdArticle(
        Set<String> types,
        boolean article,
        @Nullable String headline,
        @Nullable String description,
        List<String> authors,
        @Nullable String datePublished,
        @Nullable String dateModified,
        @Nullable String section,
        @Nullable String inLanguage,
        List<String> keywords,
        @Nullable String imageUrl,
        @Nullable String imageCaption,
        @Nullable String imageCredit,
        @Nullable Boolean accessibleForFree,
        @Nullable String publisherName,
        @Nullable String url,
        @Nullable String articleBody,
        List<String> authorOrganizations) {

    static final JsonLdArticle NONE = new JsonLdArticle(
            Set.of(), false, null, null, List.of(), null, null, null, null, List.of(), null, null, null, null, null,
            null, null, List.of());

    JsonLdArticle {
        types = Collections.unmodifiableSet(new LinkedHashSet<>(types)); // page order: reasons name them in it
        authors = List.copyOf(authors);
        authorOrganizations = List.copyOf(authorOrganizations);
        keywords = List.copyOf(keywords);
    }
}
