package io.newsflow.enrich.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The local day of a publication time a page declares in UTC, when the page names that day itself. A CMS converts
 * its local time to UTC for the structured data, so "2020-02-18T02:18:11Z" may be the evening of the 17th where the
 * page is; the URL's "/2020/02/17/" (written by the CMS in local time) or the date the header shows say which.
 */
final class PageDays {

    /**
     * Inhabited offsets run from -10:00 (Hawaii; -11:00 and -12:00 are a few islands) to +14:00: a UTC time further
     * from the URL's day is another day's, and the URL's day then names something else (an event, an archive).
     */
    private static final Duration WEST = Duration.ofHours(10);
    private static final Duration EAST = Duration.ofHours(14);

    private PageDays() {}

    /**
     * {@code date} with the local day the page names, or as the page's zone states it.
     *
     * @param fromUrl the day the URL's path names ("/2020/02/17/")
     * @param shown the days the dates next to the headline name
     * @param oneZone whether the page's language lives in one zone, so {@code zone} is the page's (see
     *     {@link DateResolver#inPageZone})
     * @return the URL's day alone (the instant kept) when the UTC time falls on another day that some offset makes
     *     the URL's; else the time at the page's zone, unless that moves it off a UTC day the page names
     */
    static PageDate located(PageDate date, Optional<LocalDate> fromUrl, List<LocalDate> shown, ZoneId zone,
            boolean oneZone) {
        if (!date.local().endsWith("Z") && !date.local().endsWith("+00:00")) {
            return date;
        }
        LocalDate utcDay = date.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        if (fromUrl.isPresent() && !fromUrl.get().equals(utcDay) && reaches(date, fromUrl.get())) {
            return new PageDate(date.instant(), fromUrl.get().toString());
        }
        if (!oneZone) {
            return date;
        }
        PageDate local = DateResolver.inPageZone(date, zone);
        boolean named = fromUrl.map(utcDay::equals).orElse(false) || shown.contains(utcDay);
        return !local.localDay().equals(utcDay) && named && !shown.contains(local.localDay()) ? date : local;
    }

    /** Whether some offset puts the instant on {@code day}. */
    private static boolean reaches(PageDate date, LocalDate day) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = start.plus(Duration.ofDays(1));
        return !date.instant().isBefore(start.minus(EAST)) && date.instant().isBefore(end.plus(WEST));
    }
}
