package io.newsflow.enrich.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day written in a URL's path in the looser forms news and press sites use for slugs: "/20200428/",
 * "/20220127-gedenkstunde", "/meldungen/29-10-2021", "coronalage_vom_22.04.2020". Read only as the last resort, when
 * the page states no date at all: unlike "/2023/07/26/", such a number may be an id, so it must be a valid day
 * between {@link #FIRST_YEAR} and {@link #LAST_YEAR} and stand alone in its path segment's words.
 */
final class UrlDay {

    /** Earlier years in a slug are more often topics ("1989-11-09") than publication days. */
    static final int FIRST_YEAR = 1995;
    static final int LAST_YEAR = 2039;

    /** "20200428" with no digit on either side. */
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    /** "29-10-2021", "22.04.2020", "23_01_2022": day first, as European sites write it. */
    private static final Pattern DAY_FIRST =
            Pattern.compile("(?<![\\d.])(\\d{2})([-._])(\\d{2})\\2((?:19|20)\\d{2})(?![\\d])");

    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

    private UrlDay() {}

    /** The day in {@code url}'s path, empty when it names none in these forms (or names an impossible day). */
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
