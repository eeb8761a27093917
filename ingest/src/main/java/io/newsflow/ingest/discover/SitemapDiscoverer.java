package io.newsflow.ingest.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.newsflow.ingest.SourceSpec;
import io.newsflow.ingest.SourceType;
import io.newsflow.ingest.discover.SourceReader.SourceContent;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Lists the URLs of an XML sitemap, a sitemap index (nested, followed {@value #MAX_DEPTH} levels deep) or a Google
 * News sitemap, gzipped or not, with crawler-commons' {@link SiteMapParser} and its news extension. URLs whose
 * {@code news:publication_date} or {@code lastmod} is older than the window (or than {@code since}, when that lies
 * further back) are skipped, and so are index entries (archive sitemaps) older than it; every skip is told to
 * {@link Skips}. URLs with no date are kept.
 */
public final class SitemapDiscoverer implements Discoverer {

    static final int MAX_DEPTH = 3;
    private static final int MAX_SITEMAPS = 200;

    private final SourceReader reader;
    private final Duration window;
    private final @Nullable Instant since;
    private final Clock clock;
    private final Skips skips;

    /**
     * @param reader reads sitemaps
     * @param window how far back a {@code lastmod} or publication date may lie
     * @param since an operator's backfill: dates back to this instant are kept too, null for none
     * @param clock the time the window is counted back from
     * @param skips told of every URL and sitemap left out
     */
    public SitemapDiscoverer(SourceReader reader, Duration window, @Nullable Instant since, Clock clock, Skips skips) {
        this.reader = reader;
        this.window = window;
        this.since = since;
        this.clock = clock;
        this.skips = skips;
    }

    @Override
    public List<DiscoveredUrl> discover(SourceSpec source) throws SourceException {
        List<DiscoveredUrl> urls = new ArrayList<>();
        Instant oldest = clock.instant().minus(window);
        if (since != null && since.isBefore(oldest)) {
            oldest = since;
        }
        walk(source, source.location(), 0, new Walk(new HashSet<>(), oldest, urls));
        return urls;
    }

    private void walk(SourceSpec root, String location, int depth, Walk walk) throws SourceException {
        if (!walk.visited().add(location)) {
            return; // a loop in the index
        }
        if (walk.visited().size() > MAX_SITEMAPS) {
            skips.skipped(SkipReason.SITEMAP_LIMIT, location); // more sitemaps than any news site needs
            return;
        }
        AbstractSiteMap sitemap = parse(reader.read(root.derive(SourceType.SITEMAP, location)));
        if (sitemap instanceof SiteMapIndex index) {
            if (depth >= MAX_DEPTH) {
                throw new SourceException(location, "sitemap indexes nested deeper than " + MAX_DEPTH, null);
            }
            for (AbstractSiteMap child : index.getSitemaps()) {
                Date modified = child.getLastModified();
                if (modified == null || !modified.toInstant().isBefore(walk.oldest())) {
                    walk(root, child.getUrl().toString(), depth + 1, walk);
                } else {
                    skips.skipped(SkipReason.SITEMAP_WINDOW, child.getUrl().toString());
                }
            }
            return;
        }
        for (SiteMapURL url : ((SiteMap) sitemap).getSiteMapUrls()) {
            DiscoveredUrl discovered = entry(location, url);
            Instant date = discovered.discovery().getEntryPublishedAt();
            if (date == null || !date.isBefore(walk.oldest())) {
                walk.out().add(discovered);
            } else {
                skips.skipped(SkipReason.WINDOW, discovered.url());
            }
        }
    }

    /** One source's walk: the sitemaps read so far, the oldest date kept, the URLs found. */
    private record Walk(Set<String> visited, Instant oldest, List<DiscoveredUrl> out) {}

    /**
     * Parses sitemap bytes (gzip is recognised by the content type or a {@code .gz} name).
     *
     * @throws SourceException when they are not a sitemap
     */
    static AbstractSiteMap parse(SourceContent content) throws SourceException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        try {
            URL url = URI.create(content.location()).toURL();
            String type = content.contentType() == null ? "" : content.contentType();
            return parser.parseSiteMap(type, content.bytes(), url);
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new SourceException(content.location(), "not a readable sitemap", e);
        }
    }

    private static DiscoveredUrl entry(String sitemapUrl, SiteMapURL url) {
        Discovery.Builder discovery = Discovery.newBuilder()
                .setMethod(DiscoveryMethod.SITEMAP)
                .setSourceUrl(sitemapUrl)
                .setEntryPublishedAt(url.getLastModified() == null ? null : url.getLastModified().toInstant());
        ExtensionMetadata[] news = url.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
            discovery.setNewsPublicationName(attributes.getName())
                    .setNewsLanguage(attributes.getLanguage())
                    .setEntryTitle(attributes.getTitle())
                    .setNewsKeywords(keywords(attributes.getKeywords()));
            if (attributes.getPublicationDate() != null) {
                discovery.setEntryPublishedAt(attributes.getPublicationDate().toInstant());
            }
        }
        return new DiscoveredUrl(url.getUrl().toString(), discovery.build());
    }

    private static List<String> keywords(String @Nullable [] keywords) {
        return keywords == null
                ? List.of()
                : Arrays.stream(keywords)
                        .map(String::trim)
                        .filter(k -> !k.isEmpty())
                        .toList();
    }
}
