package io.newsflow.enrich.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Extracts an article's metadata and body from a parsed page.
 *
 * <p>Two passes over the document: one collects metadata evidence (meta tags, JSON-LD, bylines, headings,
 * figures), the other collects text blocks, which are scored by text and link density and class/id evidence to
 * find the body container. Metadata sources are cross-checked (the headline is the {@code <h1>} that agrees with
 * the declared title). Stateless and thread-safe; the document is not modified.
 */
public final class ArticleExtractor {

    /** Version of the extraction rules; bump it when output for the same page can change. */
    public static final String VERSION = "0.23.0";

    /** Creates an extractor; all rules are static data, so construction is free. */
    public ArticleExtractor() {}

    /**
     * Extracts the article on {@code page}.
     *
     * <p>Pure: the same input gives the same output, and no date is later than {@code fetchedAt}.
     *
     * @param page the parsed page; its location is used to make URLs absolute
     * @param fetchedAt when the page was fetched
     */
    public ExtractedArticle extract(Document page, Instant fetchedAt) {
        String baseUrl = page.location();
        ArticleMarkers markers = new ArticleMarkers(page);
        PageSignals signals = PageSignalsCollector.collect(page, markers);
        JsonLdArticle ld = JsonLdReader.read(signals.jsonLd(), baseUrl);
        String siteName = siteName(ld, signals);
        String section = MetadataResolver.first(ld.section(), signals.meta(MetaKeys.array(MetaKeys.SECTION)));
        String description =
                MetadataResolver.first(ld.description(), signals.meta(MetaKeys.array(MetaKeys.DESCRIPTION)));
        // one walk of the tree for the h1s, which the title and the article scope read
        List<Element> h1s = page.getElementsByTag("h1");
        String title = title(ld, signals, page, h1s, siteName, section);
        ExtractedBody body = ScriptedBody.apply(DeclaredBodyFallback.apply(
                body(page, ArticleScope.of(h1s, title), description, signals.leads(), markers), ld.articleBody()),
                page, PageClassifier.declaresArticle(ld, signals, markers.declaresArticle()), title, description,
                signals.leads());
        HeadlineArea area = HeadlineArea.scan(page, title);
        Supplier<LabelledLines> labelled = LabelledLines.lazy(page);
        HeadlineArea datedArea = HeadlineArea.datedOr(area, page, title, documentTitle(page), body::blocks);
        DateResolver.Dates dates = DateResolver.resolve(
                ld, signals, datedArea, labelled, ArticleTimes.lazy(page), PostedLines.lazy(page),
                ScriptDates.lazy(page), OffsetTimes.lazy(page), () -> DatelineDay.text(body.blocks()),
                () -> OwnTeaser.dateTexts(page, signals.canonicalUrl() != null ? signals.canonicalUrl() : baseUrl),
                declaredLocale(ld, signals, baseUrl), baseUrl, fetchedAt, PageClassifier.isLive(ld, body));
        PageClassifier.Verdict verdict = PageClassifier.classify(
                ld, signals, body, baseUrl, markers.declaresArticle(), dates.published() != null);
        List<String> authors = AuthorResolver.resolve(
                ld, signals, body, area, labelled, AuthorCard.lazy(page), siteName,
                PersonalSite.lazy(page, siteName, body.blocks()));
        List<BodyBlock> blocks = withoutHeadline(SignatureLine.strip(body.blocks(), authors), title);
        Optional<Dateline> dateline = Dateline.find(blocks);
        return new ExtractedArticle(
                title,
                description,
                authors,
                dates.published(),
                dates.publishedLocal(),
                dates.modified(),
                MetadataResolver.canonicalUrl(signals, ld, baseUrl),
                section,
                siteName,
                MetadataResolver.tags(signals, ld),
                language(ld, signals),
                LeadImageResolver.resolve(ld, signals, baseUrl),
                blocks,
                body.agencyNote(),
                dateline.map(Dateline::place).orElse(null),
                agencies(dateline, body.agencyNote()),
                body.captions(),
                accessibleForFree(ld, signals),
                verdict.kind(),
                verdict.reason());
    }

    /**
     * The body, read in the headline's article when the page holds several ({@link ArticleScope}), else in the whole
     * page; also in the whole page when the headline's article holds too little text (its body set beside it).
     */
    private static ExtractedBody body(Document page, @Nullable Element scope, @Nullable String description,
            List<String> leads, ArticleMarkers markers) {
        if (scope != null) {
            ExtractedBody scoped = BodyPasses.find(scope, description, leads, new ArticleMarkers(scope));
            if (ArticleWords.count(scoped.blocks(), Integer.MAX_VALUE) >= PageClassifier.MIN_ARTICLE_WORDS) {
                return scoped;
            }
        }
        return BodyPasses.find(page, description, leads, markers);
    }

    private static String title(JsonLdArticle ld, PageSignals signals, Document page, List<Element> h1s,
            @Nullable String siteName, @Nullable String section) {
        List<@Nullable String> declared = new ArrayList<>();
        declared.add(ld.headline());
        declared.addAll(MetadataResolver.metaValues(signals, MetaKeys.TITLE));
        // the headline a reader sees: a heading kept off the screen whole is no candidate
        List<Element> seen = new ArrayList<>(h1s.size());
        List<String> headings = new ArrayList<>(signals.headings());
        for (Element h1 : h1s) {
            if (HeadingText.isHiddenWhole(h1)) {
                headings.remove(PageSignalsCollector.headingText(h1));
            } else {
                seen.add(h1);
            }
        }
        List<String> shown = seen.stream().map(HeadingText::of).toList();
        TitleResolver.Headings headlines = new TitleResolver.Headings(
                headings, signals.subheadings(), VisibleHeadline.find(seen), shown, VisibleHeadline.leadIns(seen));
        List<@Nullable String> siteWords =
                new ArrayList<>(Arrays.asList(siteName, section, hostLabel(page.location())));
        siteWords.addAll(VisibleHeadline.siteNames(h1s));
        return TitleResolver.resolve(declared, headlines, documentTitle(page), siteWords);
    }

    /**
     * The page's {@code <title>}. Jsoup looks for it in the head only; output before the doctype (a PHP warning, a
     * stray byte-order mark) makes the parser put the whole head into the body, so the first title outside an SVG
     * drawing is taken from anywhere when the head has none.
     */
    static String documentTitle(Document page) {
        String title = page.title();
        if (!title.isEmpty()) {
            return title;
        }
        Element anywhere = page.selectFirst(Selectors.TITLE_OUTSIDE_DRAWINGS);
        return anywhere == null ? "" : TextNormalizer.collapse(anywhere.text());
    }

    private static @Nullable String siteName(JsonLdArticle ld, PageSignals signals) {
        return MetadataResolver.first(
                signals.meta("og:site_name"), ld.publisherName(), signals.meta(MetaKeys.array(MetaKeys.SITE_NAME)));
    }

    /** The registered name in the page's host: "www.daily-example.co.uk" gives "daily-example". */
    private static @Nullable String hostLabel(String url) {
        String[] labels = SameSite.host(url).split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int last = labels.length - 1;
        boolean secondLevelSuffix = labels[last].length() == 2 && labels[last - 1].length() <= 3 && labels.length > 2;
        return labels[secondLevelSuffix ? last - 2 : last - 1];
    }

    /** The headline repeated as a heading inside the body (pages that set it in an {@code <h2>}) is not text. */
    private static List<BodyBlock> withoutHeadline(List<BodyBlock> blocks, String title) {
        return blocks.stream()
                .filter(block -> block.kind() != BlockKind.HEADING || !block.text().equalsIgnoreCase(title))
                .toList();
    }

    /** JSON-LD {@code isAccessibleForFree}, else the declared content tier, else a paywall element says not free. */
    private static @Nullable Boolean accessibleForFree(JsonLdArticle ld, PageSignals signals) {
        if (ld.accessibleForFree() != null) {
            return ld.accessibleForFree();
        }
        String tier = signals.meta(MetaKeys.array(MetaKeys.CONTENT_TIER));
        if (tier != null) {
            return tier.equalsIgnoreCase("free");
        }
        return signals.counts().paywallMarkers() > 0 ? Boolean.FALSE : null;
    }

    private static List<String> agencies(Optional<Dateline> dateline, @Nullable String agencyNote) {
        Set<String> agencies = new LinkedHashSet<>();
        dateline.ifPresent(d -> agencies.addAll(d.agencies()));
        if (agencyNote != null) {
            agencies.addAll(AgencyNote.agencies(agencyNote));
        }
        return List.copyOf(agencies);
    }

    /**
     * The declared language with its region ("de-AT"), which picks the zone of local times; a bare language takes
     * its region from the country the host's domain names ({@link DateWords#regional}).
     */
    private static @Nullable String declaredLocale(JsonLdArticle ld, PageSignals signals, String url) {
        String declared = MetadataResolver.first(
                signals.htmlLang(), ld.inLanguage(), signals.meta(MetaKeys.array(MetaKeys.LANGUAGE)));
        return declared == null ? null : DateWords.regional(declared, SameSite.host(url));
    }

    private static @Nullable String language(JsonLdArticle ld, PageSignals signals) {
        List<@Nullable String> declarations = new ArrayList<>();
        declarations.add(signals.htmlLang());
        declarations.add(signals.meta("og:locale"));
        declarations.add(ld.inLanguage());
        declarations.addAll(MetadataResolver.metaValues(signals, MetaKeys.LANGUAGE));
        return MetadataResolver.language(declarations);
    }
}
