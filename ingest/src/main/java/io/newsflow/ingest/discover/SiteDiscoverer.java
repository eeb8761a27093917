package io.newsflow.ingest.discover;

import io.newsflow.ingest.SourceSpec;
import io.newsflow.ingest.SourceType;
import io.newsflow.ingest.discover.SourceReader.SourceContent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source that is just a site's URL: its feeds are found on the home page ({@code <link rel="alternate"
 * type="application/rss+xml">}, Atom and JSON Feed alike) and its sitemaps in its robots.txt, and each is read.
 * One broken feed or sitemap is dead-lettered by the caller only when nothing at all could be read.
 */
public final class SiteDiscoverer implements Discoverer {

    private static final Logger LOG = LoggerFactory.getLogger(SiteDiscoverer.class);

    private final SourceReader reader;
    private final Discoverer feeds;
    private final Discoverer sitemaps;
    private final Skips skips;

    /**
     * @param reader reads the home page and finds robots.txt sitemaps
     * @param feeds reads each feed found
     * @param sitemaps reads each sitemap found
     * @param skips told of each feed or sitemap that failed while the site as a whole could be read
     */
    public SiteDiscoverer(SourceReader reader, Discoverer feeds, Discoverer sitemaps, Skips skips) {
        this.reader = reader;
        this.feeds = feeds;
        this.sitemaps = sitemaps;
        this.skips = skips;
    }

    @Override
    public List<DiscoveredUrl> discover(SourceSpec source) throws SourceException {
        SourceContent home = reader.read(source);
        List<SourceSpec> found = new ArrayList<>();
        feedLinks(home).forEach(url -> found.add(source.derive(SourceType.FEED, url)));
        reader.robotsSitemaps(source.location()).forEach(url -> found.add(source.derive(SourceType.SITEMAP, url)));
        if (found.isEmpty()) {
            throw new SourceException(source.location(), "no feed link on the page and no sitemap in robots.txt", null);
        }
        List<DiscoveredUrl> urls = new ArrayList<>();
        List<SourceException> failed = new ArrayList<>();
        for (SourceSpec spec : found) {
            try {
                urls.addAll(spec.type() == SourceType.FEED ? feeds.discover(spec) : sitemaps.discover(spec));
            } catch (SourceException e) {
                LOG.warn("site {}: {} {} failed: {}", source.location(), spec.type().key(), spec.location(),
                        e.getMessage());
                failed.add(e); // the site fails below when nothing at all could be read; otherwise it is counted
            }
        }
        if (urls.isEmpty() && !failed.isEmpty()) {
            throw failed.get(failed.size() - 1);
        }
        failed.forEach(e -> skips.skipped(SkipReason.SITE_PART_FAILED, e.source()));
        return urls;
    }

    /** The absolute URLs of the feeds a page links to as alternates. */
    public static Set<String> feedLinks(SourceContent page) {
        Charset charset = page.charset() != null && Charset.isSupported(page.charset())
                ? Charset.forName(page.charset())
                : StandardCharsets.UTF_8;
        Document document = Jsoup.parse(new String(page.bytes(), charset), page.location());
        Set<String> links = new LinkedHashSet<>();
        for (Element link : document.select("link[rel][href][type]")) {
            String type = link.attr("type").toLowerCase(java.util.Locale.ROOT);
            boolean alternate = link.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("alternate");
            if (alternate && (type.contains("rss") || type.contains("atom") || type.contains("feed+json"))) {
                links.add(link.absUrl("href"));
            }
        }
        links.remove("");
        return links;
    }
}
