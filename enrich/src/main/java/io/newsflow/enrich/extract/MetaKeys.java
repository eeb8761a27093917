package io.newsflow.enrich.extract;

import java.util.List;

/** The {@code <meta>} keys (lower case) that carry each metadata field, in order of preference. */
final class MetaKeys {

    /**
     * Publication-time keys, the specific before the loose (after htmldate's list of what pages use); none names a
     * modification.
     */
    static final List<String> PUBLISHED = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datepublished", "citation_publication_date", "citation_date", "citation_online_date", "pubdate",
            "publishdate", "publish-date", "publish_date", "published_date", "published-date", "published_time",
            "publication_date", "article.published", "article:post_date", "parsely-pub-date", "sailthru.date",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date.publication",
            "dc.date", "dcterms.date", "dc:date", "datecreated", "date_published", "originalpublicationdate",
            "article_date_original", "cxenseparse:recs:publishtime", "bt:pubdate", "rnews:datepublished",
            "og:pubdate", "og:publish_date", "displaydate", "date");

    /**
     * The loosest of {@link #PUBLISHED}: a bare "date" names whatever day the CMS last stamped on the page (on TUNE
     * pages as often the last edit as the first publication), so a date the article header shows comes first.
     */
    static final List<String> PUBLISHED_LOOSE = List.of("dc.date", "dcterms.date", "dc:date", "date");

    /** {@link #PUBLISHED} without {@link #PUBLISHED_LOOSE}, in the same order. */
    static final List<String> PUBLISHED_SPECIFIC =
            PUBLISHED.stream().filter(key -> !PUBLISHED_LOOSE.contains(key)).toList();

    /**
     * Rarer publication-date meta names (htmldate's list), read for the date after {@link #PUBLISHED}; not counted
     * as evidence that the page is an article.
     */
    static final List<String> PUBLISHED_RARE = List.of(
            "article:published_date", "article:publicationdate", "og:article:published", "og:datepublished",
            "dc.created", "dc:created", "dcsext.articlefirstpublished",
            "analyticsattributes.articledate", "article.created", "content_create_date", "date_created", "dateposted",
            "doc_date", "mediator_published_time", "publish_time", "publisheddate", "rbpubdate", "pdate", "ptime",
            "shareaholic:article_published_time", "twt-published-at", "vr:published_time", "w-published-date",
            "published");

    static final List<String> MODIFIED = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "article.updated", "dcterms.modified",
            "dc.date.modified", "last-modified");

    static final List<String> AUTHOR = List.of(
            "author", "citation_author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
            "sailthru.author", "byl", "og:article:author", "book:author", "twitter:creator:name");

    /** Labels of a {@code twitter:labelN}/{@code twitter:dataN} pair that names the author ("Written by"). */
    static final TokenSet AUTHOR_LABELS = TokenSet.of(
            "author meta labels", "written by", "author", "authors", "by", "geschrieben von", "autor", "autorin",
            "verfasst von", "écrit par", "auteur", "escrito por", "scritto da");

    static final List<String> DESCRIPTION = List.of("description", "og:description", "twitter:description");

    /** Site-name keys consulted after og:site_name and the JSON-LD publisher. */
    static final List<String> SITE_NAME = List.of("application-name", "publisher");

    static final List<String> SECTION = List.of("article:section", "parsely-section", "section");

    static final List<String> LANGUAGE = List.of("og:locale", "content-language", "dc.language", "language");

    static final List<String> TAGS = List.of("article:tag");

    static final List<String> KEYWORDS = List.of("news_keywords", "keywords");

    static final List<String> TITLE = List.of("og:title", "twitter:title");

    static final List<String> URL = List.of("og:url");

    /** Access tier of the article: "free", "metered" or "locked". */
    static final List<String> CONTENT_TIER = List.of("article:content_tier", "content_tier");

    private MetaKeys() {}

    static String[] array(List<String> keys) {
        return keys.toArray(String[]::new);
    }
}
