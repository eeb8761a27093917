package io.newsflow.enrich.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resolves published and modified times from their sources in order of trust: JSON-LD, Open Graph/article and
 * Dublin Core meta, {@code <time>}/microdata in the page (outside related boxes and comments), a date in the URL,
 * then a date shown as text near the headline. No result is later than the fetch time.
 */
final class DateResolver {

    /** "/2023/07/26/" or "/2023-07-26" in a URL path. */
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{2})[/-](\\d{2})(?:[/-]|$)");

    private DateResolver() {}

    /**
     * The times.
     *
     * @param published when the article was first published, or null
     * @param modified when it was last modified, never before {@code published}, or null
     */
    record Dates(@Nullable Instant published, @Nullable Instant modified) {}

    static Dates resolve(JsonLdArticle ld, PageSignals signals, @Nullable String language, String url, Instant fetchedAt) {
        ZoneId zone = language == null ? ZoneOffset.UTC : DateWords.zoneFor(language);
        List<@Nullable String> declared = new ArrayList<>();
        declared.add(ld.datePublished());
        declared.addAll(MetadataResolver.metaValues(signals, MetaKeys.PUBLISHED));
        declared.add(signals.firstTimestamp());
        Instant published = first(declared, zone).orElseGet(() -> fromPage(signals, url, zone).orElse(null));
        List<@Nullable String> modifiedCandidates = new ArrayList<>();
        modifiedCandidates.add(ld.dateModified());
        modifiedCandidates.addAll(MetadataResolver.metaValues(signals, MetaKeys.MODIFIED));
        modifiedCandidates.add(signals.modifiedTimestamp());
        Instant modified = first(modifiedCandidates, zone).orElse(null);
        published = bounded(published, fetchedAt);
        modified = bounded(modified, fetchedAt);
        return new Dates(published, published != null && modified != null && modified.isBefore(published) ? null : modified);
    }

    private static Optional<Instant> first(List<@Nullable String> candidates, ZoneId zone) {
        for (String candidate : candidates) {
            Optional<Instant> date = DateParser.parse(candidate, zone);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** A URL date, refined by a visible date of the same day (which may carry the time), else the visible date. */
    private static Optional<Instant> fromPage(PageSignals signals, String url, ZoneId zone) {
        Optional<Instant> visible = Optional.empty();
        for (String text : signals.dateTexts()) {
            visible = DateTextParser.parse(text, zone);
            if (visible.isPresent()) {
                break;
            }
        }
        Optional<LocalDate> fromUrl = urlDate(signals.canonicalUrl() != null ? signals.canonicalUrl() : url);
        if (fromUrl.isEmpty()) {
            return visible.filter(date -> !date.isBefore(DateParser.EARLIEST_PLAUSIBLE));
        }
        if (visible.isPresent() && (visible.get().atZone(zone).toLocalDate().equals(fromUrl.get())
                || visible.get().atZone(ZoneOffset.UTC).toLocalDate().equals(fromUrl.get()))) {
            return visible;
        }
        return Optional.of(fromUrl.get().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static Optional<LocalDate> urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "/2024/13/45/" is an id, not a date
        }
    }

    /** A date after the fetch is a mislabelled zone or a scheduled page; the fetch time bounds it. */
    private static @Nullable Instant bounded(@Nullable Instant date, Instant fetchedAt) {
        return date != null && date.isAfter(fetchedAt) ? fetchedAt : date;
    }
}
