package io.newsflow.enrich.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day written in a URL's path: the {@linkplain #strict dated paths} CMS build ("/2023/07/26/"), and the
 * {@linkplain #loose looser forms} news and press sites use for slugs: "/20200428/", "/20220127-gedenkstunde",
 * "/meldungen/29-10-2021", "coronalage_vom_22.04.2020". A loose form is read only as the last resort, when the page
 * states no date at all: unlike "/2023/07/26/", such a number may be an id, so it must be a valid day between
 * {@link #FIRST_YEAR} and {@link #LAST_YEAR} and stand alone in its path segment's words.
 */
final class UrlDay {

    /** Earlier years in a slug are more often topics ("1989-11-09") than publication days. */
    static final int FIRST_YEAR = 1995;
    static final int LAST_YEAR = 2039;

    /** "/2023/07/26/" or "/2023-07-26" in a URL path. */
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{2})[/-](\\d{2})(?:[/-]|$)");

    /**
     * "/2017/7/12/": month and day without a leading zero, as Squarespace and some other CMS write them; only between
     * slashes, since "/2019/10/5-things-to-know" is a post's slug after a month archive.
     */
    private static final Pattern URL_DATE_UNPADDED = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");

    /**
     * "/2020/jan/20/", "/2023/october/03/": the month written as an English name or its abbreviation, as some news
     * and blog CMS build their paths; only a whole month word counts ("/2023/marketing/03/" is a section).
     */
    private static final Pattern URL_DATE_MONTH_NAME = Pattern.compile("/((?:19|20)\\d{2})/(jan(?:uary)?|feb(?:ruary)?"
            + "|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?"
            + "|dec(?:ember)?)/(\\d{1,2})(?:[/-]|$)", Pattern.CASE_INSENSITIVE);

    private static final List<String> MONTH_ABBREVIATIONS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** "20200428" with no digit on either side. */
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    /** "29-10-2021", "22.04.2020", "23_01_2022": day first, as European sites write it. */
    private static final Pattern DAY_FIRST =
            Pattern.compile("(?<![\\d.])(\\d{2})([-._])(\\d{2})\\2((?:19|20)\\d{2})(?![\\d])");

    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

    private UrlDay() {}

    /**
     * The day in {@code url} in the forms CMS build dated paths with ("/2023/07/26/", "/2023-07-26", "/2017/7/12/",
     * "/2020/jan/20/"), empty when it names none (or an impossible day). Trusted more than the {@linkplain #loose
     * looser forms}: a visible date that contradicts it gives way to it.
     */
    static Optional<LocalDate> strict(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return strictDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        Matcher unpadded = URL_DATE_UNPADDED.matcher(url);
        if (unpadded.find()) {
            return strictDay(Integer.parseInt(unpadded.group(1)), Integer.parseInt(unpadded.group(2)),
                    Integer.parseInt(unpadded.group(3)));
        }
        Matcher named = URL_DATE_MONTH_NAME.matcher(url);
        if (named.find()) {
            int month = MONTH_ABBREVIATIONS.indexOf(named.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
            return strictDay(Integer.parseInt(named.group(1)), month, Integer.parseInt(named.group(3)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> strictDay(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "/2024/13/45/" is an id, not a date
        }
    }

    /** The day in {@code url}'s path in the looser forms, empty when it names none (or names an impossible day). */
    static Optional<LocalDate> loose(String url) {
        String path = path(url);
        Matcher compact = COMPACT.matcher(path);
        if (compact.find()) {
            Optional<LocalDate> day = day(compact.group(1), compact.group(2), compact.group(3));
            if (day.isPresent()) {
                return day;
            }
        }
        Matcher dayFirst = DAY_FIRST.matcher(path);
        return dayFirst.find() ? day(dayFirst.group(4), dayFirst.group(3), dayFirst.group(1)) : Optional.empty();
    }

    /** The path alone: query strings hold ids and hashes, not days. */
    private static String path(String url) {
        String rest = SCHEME_AND_HOST.matcher(url).replaceFirst("");
        int end = rest.length();
        for (char stop : new char[] {'?', '#', ';'}) {
            int at = rest.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return rest.substring(0, end);
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty(); // "/20201345/" is an id, not a day
        }
    }
}
