package io.newsflow.enrich.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A date as a page states it: the instant, and the local form the page gave (ISO 8601 date-time with the page's
 * offset, or the date alone when the page gives no time), so the local day is never shifted by converting to UTC.
 *
 * @param instant the instant; a date without a time is midnight UTC of that day
 * @param local {@code "2023-07-26T09:41:00+02:00"}, or {@code "2023-07-26"} for a date alone
 */
record PageDate(Instant instant, String local) {

    static PageDate of(OffsetDateTime time) {
        return new PageDate(time.toInstant(), time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** A local time without an offset, read in the page's zone. */
    static PageDate of(LocalDateTime time, ZoneId zone) {
        return of(time.atZone(zone).toOffsetDateTime());
    }

    /** A day alone: the page says nothing of the time or zone. */
    static PageDate of(LocalDate day) {
        return new PageDate(day.atStartOfDay(ZoneOffset.UTC).toInstant(), day.toString());
    }

    /** The day the page states (its local day). */
    LocalDate localDay() {
        return LocalDate.parse(local.substring(0, 10));
    }
}
