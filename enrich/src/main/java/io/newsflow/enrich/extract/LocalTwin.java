package io.newsflow.enrich.extract;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The offset of a publication time a page declares in UTC, read from the same instant the page also declares as a
 * local time without an offset: "2023-11-09T01:09:55Z" in one JSON-LD block and "2023-11-08 18:09:55" in another is
 * 18:09:55-07:00, published on the 8th where the page is. The page's own evidence, so it holds for languages whose
 * zone {@link DateWords#zoneFor} can only guess (English, Spanish), where a UTC time is otherwise kept as stated.
 */
final class LocalTwin {

    /** A local date-time alone: "2023-11-08 18:09:55", "2023-11-08T18:09". */
    private static final Pattern LOCAL_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?");

    /** Every JSON-LD block's publication time, not only the article node's. */
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{16,29})\"");

    /** Offsets run from -12:00 to +14:00, in quarter hours (+05:45 Nepal). */
    private static final long MAX_OFFSET_SECONDS = Duration.ofHours(14).toSeconds();
    private static final long QUARTER_HOUR_SECONDS = Duration.ofMinutes(15).toSeconds();

    private LocalTwin() {}

    /**
     * {@code date} stated at the offset its local twin shows; without a local twin, at the offset of the same instant
     * the page writes with an offset elsewhere ("2023-11-09T02:11:03Z" declared, a {@code <time datetime=
     * "2023-11-08T21:11:03-05:00">} in the header: 21:11:03-05:00, published on the 8th); unchanged when it is not
     * stated in UTC or the page declares neither.
     *
     * @param jsonLd the page's JSON-LD script texts
     * @param declared the publication values of the page's meta tags and structured data
     * @param offsetTimes the times the page writes at an offset other than UTC ({@link OffsetTimes}), asked for only
     *     when a UTC time has no local twin: the page scan behind it is needed for few pages
     */
    static PageDate restated(PageDate date, List<String> jsonLd, List<@Nullable String> declared,
            Supplier<List<OffsetDateTime>> offsetTimes) {
        if (!date.local().endsWith("Z") && !date.local().endsWith("+00:00")) {
            return date;
        }
        PageDate twin = localTwin(date, jsonLd, declared);
        if (twin != date) {
            return twin;
        }
        for (OffsetDateTime time : offsetTimes.get()) {
            if (time.toInstant().getEpochSecond() == date.instant().getEpochSecond()) {
                return PageDate.of(date.instant().atOffset(time.getOffset()));
            }
        }
        return date;
    }

    private static PageDate localTwin(PageDate date, List<String> jsonLd, List<@Nullable String> declared) {
        LocalDateTime utc = date.instant().atOffset(ZoneOffset.UTC).toLocalDateTime();
        for (String candidate : candidates(jsonLd, declared)) {
            if (!LOCAL_TIME.matcher(candidate).matches()) {
                continue;
            }
            Duration offset = Duration.between(utc, LocalDateTime.parse(candidate.replace(' ', 'T')));
            long seconds = offset.getSeconds();
            if (offset.getNano() == 0 && seconds != 0 && Math.abs(seconds) <= MAX_OFFSET_SECONDS
                    && seconds % QUARTER_HOUR_SECONDS == 0) {
                return PageDate.of(date.instant().atOffset(ZoneOffset.ofTotalSeconds((int) seconds)));
            }
        }
        return date;
    }

    private static List<String> candidates(List<String> jsonLd, List<@Nullable String> declared) {
        List<String> candidates = new ArrayList<>();
        for (String script : jsonLd) {
            Matcher published = LD_PUBLISHED.matcher(script);
            while (published.find()) {
                candidates.add(published.group(1).strip());
            }
        }
        for (String value : declared) {
            if (value != null) {
                candidates.add(value.strip());
            }
        }
        return candidates;
    }
}
