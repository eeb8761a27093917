package io.newsflow.enrich.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Resolves published and modified times from their sources in order of trust: JSON-LD, meta tags (Open Graph,
 * Dublin Core, citation, Parse.ly, ...), publication-time elements next to the headline, a date shown as text next
 * to the headline, other {@code <time>}/microdata in the page (outside related boxes and comments), then a date in
 * the URL. Modified dates and update lines are never taken as the publication date. The publication time keeps the
 * local form the page states it in. No result is later than the fetch time: a date up to a day after it is bounded to
 * it, a later one (a template's placeholder year 9999, an event's day) is none, and the next source is asked.
 */
final class DateResolver {

    /**
     * How far after the fetch a date may lie and still be the page's, bounded to the fetch time: a local time read at
     * the wrong zone (up to 14 hours) or a page scheduled to go live within the day.
     */
    private static final Duration MAX_FUTURE = Duration.ofDays(1);

    /** Length of an ISO day alone, "2023-07-26": a stated date without a time. */
    private static final int ISO_DAY_CHARS = 10;

    private DateResolver() {}

    /**
     * The times.
     *
     * @param published when the article was first published, or null
     * @param publishedLocal the publication time as the page states it, with its offset ("2023-07-26T09:41:00+02:00"),
     *     or its day alone ("2023-07-26"); null when {@code published} is
     * @param modified when it was last modified, never before {@code published}, or null
     */
    record Dates(@Nullable Instant published, @Nullable String publishedLocal, @Nullable Instant modified) {}

    /**
     * Structured dates first (JSON-LD, meta, publication-time elements of the article header; among those that
     * name different days, the one the header shows: {@link #shownDeclared}), then a date shown
     * as text next to the headline, then the loose "date" meta names ({@link MetaKeys#PUBLISHED_LOOSE}), then any
     * other publication {@code <time>}, then a {@code <time>} in the article's
     * own meta column or sidebar, then rarer meta names, then a line labelled as the publication date ("Published
     * July 8, 2025"), then date-marked text elsewhere and in the article's sidebar, then a blog template's posting
     * line ("Dieser Beitrag wurde am … veröffentlicht", {@link PostedLines}), then a first-publication time in the
     * page's application state ({@link ScriptDates}), then the date of a press release's dateline opening the text
     * ("Karlsruhe, (12.11.2021). …", {@link DatelineDay}), then the date on the page's own teaser card in a news
     * list beside it ({@link OwnTeaser}), then the URL (its path's "/2023/07/26/", else a looser day in
     * its slug), then the day in the share image's path. A visible date that contradicts the URL's day gives way to it.
     * A declared date written as text ("Apr 08, 2020") comes after every visible date: site builders write the last
     * publish in that form.
     * A time declared in UTC is stated at the offset of the same time the page declares locally or writes at an
     * offset ({@link LocalTwin}), else on the day the URL names ({@link PageDays}), else at the page's zone when its
     * language names one ({@link #inPageZone}), unless that moves it off the day the header shows.
     */
    static Dates resolve(
            JsonLdArticle ld, PageSignals signals, HeadlineArea area, Supplier<LabelledLines> labelled,
            Supplier<ArticleTimes> articleTimes, Supplier<PostedLines> posted, Supplier<ScriptDates> scripts,
            Supplier<OffsetTimes> offsetTimes, Supplier<Optional<String>> dateline, Supplier<List<String>> ownTeaser,
            @Nullable String locale, String url,
            Instant fetchedAt, boolean live) {
        ZoneId zone = locale == null ? ZoneOffset.UTC : DateWords.zoneFor(locale);
        boolean monthFirst = locale != null && DateWords.isMonthFirst(locale);
        List<@Nullable String> declared = new ArrayList<>();
        declared.add(ld.datePublished());
        declared.addAll(MetadataResolver.metaValues(signals, MetaKeys.PUBLISHED_SPECIFIC));
        declared.addAll(area.timestamps());
        List<@Nullable String> loose = MetadataResolver.metaValues(signals, MetaKeys.PUBLISHED_LOOSE);
        String pageUrl = signals.canonicalUrl() != null ? signals.canonicalUrl() : url;
        Optional<LocalDate> fromUrl = UrlDay.strict(pageUrl);
        Optional<PageDate> timestamp = DateParser.parseLocal(signals.firstTimestamp(), zone);
        List<LocalDate> shown = shownDays(area.dateTexts(), zone, monthFirst);
        // a live blog's header shows its latest entry's time, not the day it was opened
        List<Supplier<Optional<PageDate>>> sources = List.of(
                () -> live ? first(declared, zone) : shownDeclared(declared, loose, shown, zone),
                () -> visible(area.dateTexts(), zone, monthFirst, fromUrl).map(day -> refined(day, timestamp)),
                () -> first(loose, zone),
                () -> timestamp,
                () -> elsewhere(signals, labelled, articleTimes, zone, monthFirst, fromUrl),
                () -> written(declared, zone, monthFirst),
                () -> written(loose, zone, monthFirst),
                () -> visible(posted.get().texts(), zone, monthFirst, fromUrl),
                () -> stated(scripts.get().firstPublished(), zone, monthFirst, fromUrl),
                () -> dateline.get().flatMap(text -> visible(List.of(text), zone, monthFirst, fromUrl)),
                () -> visible(ownTeaser.get(), zone, monthFirst, fromUrl),
                () -> fromUrl.or(() -> UrlDay.loose(pageUrl)).map(PageDate::of),
                () -> shareImageDay(signals).map(PageDate::of));
        PageDate published = firstPlausible(sources, fetchedAt)
                .map(date -> bounded(date, fetchedAt))
                .map(date -> onShownDay(date,
                        LocalTwin.restated(date, signals.jsonLd(), declared, () -> offsetTimes.get().times()), shown))
                .map(date -> PageDays.located(date, fromUrl, shown, zone,
                        locale != null && DateWords.livesInOneZone(locale)))
                .orElse(null);
        Instant modified = modified(ld, signals, zone, fetchedAt);
        Instant publishedAt = published == null ? null : published.instant();
        return new Dates(publishedAt, published == null ? null : published.local(),
                publishedAt != null && modified != null && modified.isBefore(publishedAt) ? null : modified);
    }

    /**
     * {@code restated} unless it moves {@code stated} off the day the header shows: a CMS that writes its local
     * clock as UTC ("2022-05-06T02:00Z" beside "6 May 2022 - 2:00 a. m." under the headline) also writes the same
     * instant at its real offset somewhere, and the day its readers see is the header's.
     */
    private static PageDate onShownDay(PageDate stated, PageDate restated, List<LocalDate> shown) {
        boolean moved = !restated.localDay().equals(stated.localDay());
        return moved && shown.contains(stated.localDay()) && !shown.contains(restated.localDay()) ? stated : restated;
    }

    /** The days the dates next to the headline name. */
    private static List<LocalDate> shownDays(List<String> texts, ZoneId zone, boolean monthFirst) {
        List<LocalDate> days = new ArrayList<>();
        for (String text : texts) {
            DateTextParser.parseLocal(text, zone, monthFirst).map(PageDate::localDay).ifPresent(days::add);
        }
        return days;
    }

    /**
     * A date away from the headline: a {@code <time>} of the article's own meta column or sidebar, rarer meta names,
     * a labelled publication line, date-marked text elsewhere, a date-named element of the article's sidebar.
     */
    private static Optional<PageDate> elsewhere(PageSignals signals, Supplier<LabelledLines> labelled,
            Supplier<ArticleTimes> articleTimes, ZoneId zone, boolean monthFirst, Optional<LocalDate> fromUrl) {
        List<String> rareMeta = MetadataResolver.metaValues(signals, MetaKeys.PUBLISHED_RARE).stream()
                .filter(Objects::nonNull).map(String::strip).toList();
        return stated(articleTimes.get().times(), zone, monthFirst, fromUrl)
                .or(() -> stated(rareMeta, zone, monthFirst, fromUrl))
                .or(() -> visible(labelled.get().dateTexts(), zone, monthFirst, fromUrl))
                .or(() -> visible(signals.dateTexts(), zone, monthFirst, fromUrl))
                .or(() -> visible(articleTimes.get().dateTexts(), zone, monthFirst, fromUrl));
    }

    private static @Nullable Instant modified(JsonLdArticle ld, PageSignals signals, ZoneId zone, Instant fetchedAt) {
        List<@Nullable String> candidates = new ArrayList<>();
        candidates.add(ld.dateModified());
        candidates.addAll(MetadataResolver.metaValues(signals, MetaKeys.MODIFIED));
        candidates.add(signals.modifiedTimestamp());
        return first(candidates, zone).filter(date -> plausible(date, fetchedAt))
                .map(date -> bounded(date, fetchedAt).instant()).orElse(null);
    }

    /**
     * The first declared publication date (JSON-LD, meta, a publication {@code <time>} of the article header); when
     * the page declares several that name different days, the first whose day the header's date lines show. A CMS
     * that republishes an article writes the new day into some of its fields and keeps the old one in others; the
     * date it prints under the headline is the one it publishes the article under. The header only picks among the
     * declared dates: a header date nothing declares may be an update's, and stays behind them. A republication
     * is later than the first declared day: an earlier day the header area shows (and declares with a
     * {@code <time>}) is a teaser card's or an embedded item's under a heading taken for the headline. The loose
     * "date" meta names count among the declared here when they carry a time: such a CMS stamps the republication
     * there and keeps the first publication in JSON-LD; a day alone is a print edition's issue day.
     */
    private static Optional<PageDate> shownDeclared(List<@Nullable String> declared, List<@Nullable String> loose,
            List<LocalDate> shown, ZoneId zone) {
        Optional<PageDate> first = first(declared, zone);
        if (first.isEmpty() || shown.isEmpty() || shown.contains(first.get().localDay())) {
            return first;
        }
        LocalDate firstDay = first.get().localDay();
        List<PageDate> candidates = new ArrayList<>();
        for (String value : declared) {
            DateParser.parseLocal(value, zone).ifPresent(candidates::add);
        }
        for (String value : loose) {
            // a loose "date" with its time stamps the republication; a day alone names a print edition's issue day
            DateParser.parseLocal(value, zone).filter(date -> date.local().length() > ISO_DAY_CHARS)
                    .ifPresent(candidates::add);
        }
        for (PageDate date : candidates) {
            if (shown.contains(date.localDay()) && date.localDay().isAfter(firstDay)) {
                return Optional.of(date);
            }
        }
        return first;
    }

    private static Optional<PageDate> first(List<@Nullable String> candidates, ZoneId zone) {
        for (String candidate : candidates) {
            Optional<PageDate> date = DateParser.parseLocal(candidate, zone);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * A declared publication date some CMS write as text instead of ISO 8601 ("Apr 08, 2020", "Tue, Sep 15 2020
     * 10:01:41 EDT", "2022-5-5 22:17:36"): the page's own statement, but weak: site builders write their last
     * publish (an update) there in this form, so any visible date comes first.
     */
    private static Optional<PageDate> written(List<@Nullable String> declared, ZoneId zone, boolean monthFirst) {
        for (String value : declared) {
            Optional<PageDate> date = value == null ? Optional.empty()
                    : DateTextParser.parseLocal(value, zone, monthFirst)
                            .filter(d -> !d.instant().isBefore(DateParser.EARLIEST_PLAUSIBLE));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** A visible day refined by a publication timestamp of the same day, which carries the time. */
    private static PageDate refined(PageDate day, Optional<PageDate> timestamp) {
        boolean dayOnly = day.local().length() == ISO_DAY_CHARS;
        return dayOnly && timestamp.isPresent() && timestamp.get().localDay().equals(day.localDay())
                ? timestamp.get()
                : day;
    }

    /**
     * The first of {@code values} that is a machine-readable date, else the first shown as text; none when the URL
     * names another day.
     */
    private static Optional<PageDate> stated(
            List<String> values, ZoneId zone, boolean monthFirst, Optional<LocalDate> fromUrl) {
        for (String value : values) {
            Optional<PageDate> date = DateParser.parseLocal(value, zone);
            if (date.isPresent()) {
                return fromUrl.isEmpty() || fromUrl.get().equals(date.get().localDay()) ? date : Optional.empty();
            }
        }
        return visible(values, zone, monthFirst, fromUrl);
    }

    /** The first date shown in {@code texts}, unless the URL names another day. */
    private static Optional<PageDate> visible(
            List<String> texts, ZoneId zone, boolean monthFirst, Optional<LocalDate> fromUrl) {
        for (String text : texts) {
            Optional<PageDate> date = DateTextParser.parseLocal(text, zone, monthFirst)
                    .filter(d -> !d.instant().isBefore(DateParser.EARLIEST_PLAUSIBLE));
            if (date.isPresent()) {
                return fromUrl.isEmpty() || fromUrl.get().equals(date.get().localDay()) ? date : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The day in the path of the page's share image ({@code og:image} ".../files/2016/05/04/report.png"): news CMS
     * file an article's lead image under the day it was uploaded for it. Only the full "/2016/05/04/" form counts
     * (WordPress's "/uploads/2016/05/" names no day), and only when the page states no date at all: an image may
     * be older than the article that reuses it.
     */
    private static Optional<LocalDate> shareImageDay(PageSignals signals) {
        String image = signals.meta(LeadImageResolver.IMAGE_META_KEYS.toArray(String[]::new));
        return image == null ? Optional.empty() : UrlDay.strict(image);
    }

    /**
     * A time the page declares in UTC ("2021-11-04T23:00:00Z" on a German page: local midnight of the 5th, converted
     * by the CMS), stated at the page's own zone, so its local day is the one the page shows its readers. A day alone
     * and a time at another offset stay as the page states them; so does every time of a page whose language is
     * written across many zones (see {@link DateWords#livesInOneZone}), where the zone is a guess.
     */
    static PageDate inPageZone(PageDate date, ZoneId zone) {
        boolean utc = date.local().endsWith("Z") || date.local().endsWith("+00:00");
        // midnight UTC is a day stored without its time ("2020-01-10T00:00:00Z"): the day is what the page states
        boolean dayAlone = date.instant().atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT);
        return utc && !dayAlone && !zone.normalized().equals(ZoneOffset.UTC)
                ? PageDate.of(date.instant().atZone(zone).toOffsetDateTime()) : date;
    }

    /** The first date of {@code sources}, tried in order, that is {@linkplain #plausible plausible}. */
    private static Optional<PageDate> firstPlausible(List<Supplier<Optional<PageDate>>> sources, Instant fetchedAt) {
        for (Supplier<Optional<PageDate>> source : sources) {
            Optional<PageDate> date = source.get().filter(found -> plausible(found, fetchedAt));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a date is at most {@link #MAX_FUTURE} after the fetch: later ones are no publication dates but a
     * template's placeholder ("November 20, 9999" in a hidden element), an event's day or an expiry, and the next
     * source is asked; taking the fetch time for them would invent a date.
     */
    private static boolean plausible(PageDate date, Instant fetchedAt) {
        return !date.instant().isAfter(fetchedAt.plus(MAX_FUTURE));
    }

    /** A date after the fetch is a mislabelled zone or a scheduled page; the fetch time bounds it. */
    private static PageDate bounded(PageDate date, Instant fetchedAt) {
        return date.instant().isAfter(fetchedAt) ? PageDate.of(fetchedAt.atOffset(ZoneOffset.UTC)) : date;
    }
}
