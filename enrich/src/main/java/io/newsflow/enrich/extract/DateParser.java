package io.newsflow.enrich.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the machine-readable dates pages declare (ISO 8601 in its common variants, RFC 1123).
 *
 * <p>A date and time without an offset is read in the given local zone (the page's), a date alone as midnight UTC;
 * a date before {@link #EARLIEST_PLAUSIBLE} is rejected.
 */
final class DateParser {

    /** Earlier dates are placeholders ("0001-01-01", "1970-01-01"), not publication dates. */
    static final Instant EARLIEST_PLAUSIBLE = Instant.parse("1990-01-01T00:00:00Z");

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    /**
     * The common shapes of {@link #ISO}, read without the formatter's field resolution (which costs tens of
     * microseconds a date): date, optional time with seconds and fraction, optional Z or numeric offset.
     */
    private static final Pattern ISO_COMMON = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
                    + "(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?)?");

    private static final int NANO_DIGITS = 9;

    private DateParser() {}

    static Optional<Instant> parse(@Nullable String value) {
        return parse(value, ZoneOffset.UTC);
    }

    static Optional<Instant> parse(@Nullable String value, ZoneId zone) {
        return parseLocal(value, zone).map(PageDate::instant);
    }

    /** As {@link #parse(String, ZoneId)}, keeping the offset and local time the page states. */
    static Optional<PageDate> parseLocal(@Nullable String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        Optional<PageDate> date = iso(text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11).strip()
                : text, zone);
        if (date.isEmpty()) {
            date = rfc1123(text);
        }
        return date.filter(d -> !d.instant().isBefore(EARLIEST_PLAUSIBLE));
    }

    private static Optional<PageDate> iso(String text, ZoneId zone) {
        Matcher common = ISO_COMMON.matcher(text);
        if (common.matches()) {
            try {
                return Optional.of(isoCommon(common, zone));
            } catch (DateTimeException outOfRange) {
                // "2024-02-30", "25:00": the formatter below decides, as it always has
            }
        }
        try {
            TemporalAccessor parsed = ISO.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime offset) {
                return Optional.of(PageDate.of(offset));
            }
            if (parsed instanceof LocalDateTime local) {
                return Optional.of(PageDate.of(local, zone));
            }
            return Optional.of(PageDate.of((LocalDate) parsed));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not ISO: the caller tries the next format, and unparseable means absent
        }
    }

    private static PageDate isoCommon(Matcher m, ZoneId zone) {
        LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
        if (m.group(4) == null) {
            return PageDate.of(date);
        }
        String fraction = m.group(7);
        int nanos =
                fraction == null ? 0 : Integer.parseInt(fraction) * (int) Math.pow(10, NANO_DIGITS - fraction.length());
        LocalDateTime local = date.atTime(number(m, 4), number(m, 5), m.group(6) == null ? 0 : number(m, 6), nanos);
        if (m.group(8) != null) {
            return PageDate.of(local.atOffset(ZoneOffset.UTC));
        }
        if (m.group(9) == null) {
            return PageDate.of(local, zone);
        }
        int sign = m.group(9).equals("-") ? -1 : 1;
        int minutes = m.group(11) == null ? 0 : number(m, 11);
        return PageDate.of(local.atOffset(ZoneOffset.ofHoursMinutes(sign * number(m, 10), sign * minutes)));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<PageDate> rfc1123(String text) {
        try {
            return Optional.of(PageDate.of(OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // an unparseable date is an absent date; other sources are tried next
        }
    }
}
