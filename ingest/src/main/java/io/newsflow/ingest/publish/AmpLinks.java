package io.newsflow.ingest.publish;

import io.newsflow.ingest.fetch.Page;
import io.newsflow.schemas.ArticleId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about its AMP twin: whether it is an AMP page ({@code <html amp>} or {@code <html ⚡>}) and the
 * canonical page it belongs to, or the AMP alternate ({@code <link rel="amphtml">}) of a canonical page. One article,
 * one fetch, one record: an AMP page gives way to its canonical page, and an alternate is never fetched.
 *
 * @param amp whether the page is an AMP page
 * @param canonical the absolute canonical URL, null when none (or unusable)
 * @param ampAlternate the absolute AMP alternate URL, null when none (or unusable)
 */
public record AmpLinks(boolean amp, @Nullable String canonical, @Nullable String ampAlternate) {

    private static final String AMP_HTML = "html[amp], html[⚡]";
    private static final String CANONICAL_LINK = "link[rel~=(?i)(^|\\s)canonical($|\\s)][href]";
    private static final String AMP_LINK = "link[rel~=(?i)(^|\\s)amphtml($|\\s)][href]";

    /** Reads the links of an HTML page (one parse for the canonical link and the AMP links). */
    public static AmpLinks of(Page page) {
        Document document = CanonicalUrlExtractor.parse(page);
        return new AmpLinks(document.selectFirst(AMP_HTML) != null, href(document.selectFirst(CANONICAL_LINK)),
                href(document.selectFirst(AMP_LINK)));
    }

    /** The canonical page to fetch instead of this AMP page, null when this is not an AMP page of another one. */
    public @Nullable String canonicalToFetch(String finalUrl) {
        if (!amp || canonical == null) {
            return null;
        }
        return ArticleId.normalise(canonical).equals(normalised(finalUrl)) ? null : canonical;
    }

    private static @Nullable String href(@Nullable Element link) {
        if (link == null) {
            return null;
        }
        String href = link.absUrl("href");
        return normalised(href).isEmpty() ? null : href;
    }

    private static String normalised(String url) {
        try {
            return ArticleId.normalise(url);
        } catch (IllegalArgumentException e) {
            return ""; // an unusable link (javascript:, garbage) is as good as none
        }
    }
}
