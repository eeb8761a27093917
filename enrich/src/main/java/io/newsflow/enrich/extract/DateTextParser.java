package io.newsflow.enrich.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date a page shows as text: "Mittwoch, 23. Juli 2025", "July 26, 2023 at 9:41 am", "26 de julio de 2023",
 * "21.11.2024, 11:48 Uhr", "2025年3月5日", "30th March 2025", "20 września 2020". Numeric dates are read in the locale's
 * order (day first unless told). A date with a time is read in the page's local zone; a date alone is midnight UTC of
 * that day (the day is all the page says).
 */
final class DateTextParser {

    /**
     * "23. Juli 2025", "26 de julio de 2023", and the Arabic double month name "17 مارس/ آذار 2020", "24 نيسان /
     * أبريل 2020" (the month as Egypt and the Gulf name it and as the Levant does, in either order).
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s*(?:de\\s+|of\\s+)?(\\p{L}{3,12})\\.?"
                    + "(?:\\s*/\\s*(\\p{L}{3,12}))?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
                    Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)");
    /**
     * "4. 2. 2022": a numeric date with a space after each dot, as German and Czech typesetting writes it; read day
     * first in every locale, since month-first dates are never written with dots.
     */
    private static final Pattern NUMERIC_SPACED =
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\.[ \u00A0](\\d{1,2})\\.[ \u00A0](\\d{4})(?!\\d)");
    /** "28.01.22": a day-first date with a two-digit year, as German bylines and blog footers write it (dots only). */
    private static final Pattern NUMERIC_SHORT_YEAR =
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.]|\\s?(?:uhr|h\\b|:\\d))");
    /** "2023-07-26", and the unpadded "2022-5-5" some CMS write into their structured data. */
    private static final Pattern ISO_DAY = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

    /**
     * A time shortly after the date: "11:48", "9.41 Uhr", "17h20", "9:41 am"; not the start of another date
     * ("15.11.2026").
     */
    private static final Pattern TIME = Pattern.compile(
            "^\\D{0,16}?(\\d{1,2})[:.h時시](\\d{2})(?!\\d|\\.\\d)(?:\\s*([ap])\\.?\\s?m\\.?)?", Pattern.CASE_INSENSITIVE);

    /** Longer text is a paragraph that mentions a date, not a date line. */
    static final int MAX_DATE_TEXT_CHARS = 120;

    private static final int NOON = 12;

    /** Two-digit years below this are 20xx, the others 19xx. */
    private static final int SHORT_YEAR_PIVOT = 70;

    private DateTextParser() {}

    static Optional<Instant> parse(String text, ZoneId zone) {
        return parseLocal(text, zone, false).map(PageDate::instant);
    }

    /**
     * The date in {@code text} as the page states it.
     *
     * @param monthFirst whether the page's locale writes numeric dates month first ("3/5/2025" is March 5 in en-US)
     */
    static Optional<PageDate> parseLocal(String text, ZoneId zone, boolean monthFirst) {
        if (text.isBlank() || text.length() > MAX_DATE_TEXT_CHARS || !hasAsciiDigit(text)) {
            return Optional.empty(); // every date form below has a year in ASCII digits; most lines asked have none
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern pattern : new Pattern[] {CJK, ISO_DAY, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, NUMERIC_SPACED,
                NUMERIC_SHORT_YEAR}) {
            Matcher m = pattern.matcher(lower);
            while (m.find()) {
                Optional<LocalDate> date = date(pattern, m, monthFirst);
                if (date.isPresent()) {
                    return Optional.of(withTime(date.get(), lower.substring(m.end()), zone));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> date(Pattern pattern, Matcher m, boolean monthFirstLocale) {
        try {
            if (pattern == DAY_MONTH_YEAR) {
                Integer month = DateWords.MONTH_NUMBERS.get(m.group(2));
                Integer other = m.group(3) == null ? month : DateWords.MONTH_NUMBERS.get(m.group(3));
                if (month == null || other == null) {
                    month = month == null ? other : month; // the one of a double name that is known
                } else if (!month.equals(other)) {
                    return Optional.empty(); // "3 Jan / Feb 2020" names two months, not one day
                }
                return month == null ? Optional.empty() : Optional.of(LocalDate.of(num(m, 4), month, num(m, 1)));
            }
            if (pattern == MONTH_DAY_YEAR) {
                Integer month = DateWords.MONTH_NUMBERS.get(m.group(1));
                return month == null ? Optional.empty() : Optional.of(LocalDate.of(num(m, 3), month, num(m, 2)));
            }
            if (pattern == NUMERIC) {
                // the locale's order, unless only the other makes sense ("3/14/2025" in a day-first locale)
                boolean monthFirst = monthFirstLocale ? num(m, 1) <= 12 : num(m, 2) > 12 && num(m, 1) <= 12;
                return Optional.of(monthFirst
                        ? LocalDate.of(num(m, 3), num(m, 1), num(m, 2))
                        : LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
            }
            if (pattern == NUMERIC_SPACED) {
                return Optional.of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
            }
            if (pattern == NUMERIC_SHORT_YEAR) {
                int year = num(m, 3) + (num(m, 3) < SHORT_YEAR_PIVOT ? 2000 : 1900);
                return Optional.of(LocalDate.of(year, num(m, 2), num(m, 1)));
            }
            return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31.02.2024" is no date; the next match is tried
        }
    }

    private static PageDate withTime(LocalDate date, String rest, ZoneId zone) {
        Matcher time = TIME.matcher(rest);
        if (!time.find()) {
            return PageDate.of(date);
        }
        int hour = num(time, 1);
        int minute = num(time, 2);
        if (time.group(3) != null) {
            hour = hour % NOON + (time.group(3).equals("p") ? NOON : 0);
        }
        if (hour > 23 || minute > 59) {
            return PageDate.of(date);
        }
        return PageDate.of(date.atTime(LocalTime.of(hour, minute)), zone);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
