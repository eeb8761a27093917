package io.newsflow.enrich.metadata.dates;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The words dates are written with, German and English: month and weekday names, and the qualifiers that point a
 * weekday, month or year into the past or the future. Held as data so a language is added here, not in the rules.
 */
final class DateVocabulary {

    /** Month names and their abbreviations, lower case, to month number. */
    static final Map<String, Integer> MONTHS = lowerCaseKeys(Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februar", 2), Map.entry("feber", 2), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("märz", 3), Map.entry("march", 3), Map.entry("mär", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("dezember", 12), Map.entry("december", 12), Map.entry("dez", 12), Map.entry("dec", 12)));

    /** Weekday names, lower case. */
    static final Map<String, DayOfWeek> WEEKDAYS = lowerCaseKeys(Map.ofEntries(
            Map.entry("montag", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("dienstag", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("mittwoch", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("donnerstag", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("freitag", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("samstag", DayOfWeek.SATURDAY), Map.entry("sonnabend", DayOfWeek.SATURDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sonntag", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY)));

    /** Words before a weekday, month or year that point to the past ("vergangenen Freitag", "last year"). */
    static final Set<String> PAST = Set.of("vergangenen", "vergangene", "letzten", "letzte", "vorigen", "voriges",
            "vergangenes", "letztes", "last", "past");

    /** Words that point to the future ("kommenden Montag", "next week"). */
    static final Set<String> FUTURE = Set.of("kommenden", "kommende", "nächsten", "nächste", "kommendes",
            "nächstes", "next", "coming");

    /** Words that point to the present period ("dieses Jahr", "this month"). */
    static final Set<String> THIS = Set.of("diesen", "dieses", "diese", "this");

    /** Relative day words to their distance from the anchor in days. */
    static final Map<String, Integer> RELATIVE_DAYS = Map.of("heute", 0, "gestern", -1, "vorgestern", -2,
            "übermorgen", 2, "today", 0, "yesterday", -1, "tomorrow", 1);

    /** Words before a number that make it a quantity rather than a year ("rund 2000", "over 1500"). */
    static final Set<String> QUANTITY_WORDS = Set.of("rund", "etwa", "über", "mehr", "knapp", "fast", "ca",
            "circa", "mindestens", "bis", "zu", "about", "over", "some", "nearly", "around", "almost", "than",
            "als", "least", "approximately", "roughly");

    /** Words after a number that make it a quantity rather than a year. */
    static final Set<String> UNIT_WORDS = Set.of("euro", "dollar", "franken", "pfund", "prozent", "menschen",
            "personen", "meter", "kilometer", "tonnen", "soldaten", "mal", "stück", "percent", "people", "persons",
            "soldiers", "troops", "meters", "metres", "miles", "km", "tons", "tonnes", "dollars", "euros", "pounds",
            "times", "units", "jobs", "stellen", "einwohner", "residents", "votes", "stimmen");

    /**
     * The month names as a regex alternation, capitalised (names are capitalised in German and English, and "may"
     * or "mai" in lower case are other words), longest first so "Sept" wins over "Sep". Matching case-sensitively
     * keeps the rules fast: a case-insensitive Unicode alternation costs milliseconds per article.
     */
    static final String MONTH_PATTERN = alternation(MONTHS.keySet());

    /** The weekday names as a capitalised regex alternation. */
    static final String WEEKDAY_PATTERN = alternation(WEEKDAYS.keySet());

    private DateVocabulary() {}

    private static <V> Map<String, V> lowerCaseKeys(Map<String, V> map) {
        Map<String, V> lower = new TreeMap<>();
        map.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
        if (lower.isEmpty()) {
            throw new IllegalStateException("empty date vocabulary");
        }
        return Map.copyOf(lower);
    }

    private static String alternation(Set<String> words) {
        return words.stream()
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
