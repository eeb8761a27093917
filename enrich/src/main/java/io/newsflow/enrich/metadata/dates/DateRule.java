package io.newsflow.enrich.metadata.dates;

import static io.newsflow.enrich.metadata.dates.DateVocabulary.MONTH_PATTERN;
import static io.newsflow.enrich.metadata.dates.DateVocabulary.WEEKDAY_PATTERN;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a date, with how to resolve it against the anchor (the publication date). Rules earlier in the
 * list win where matches overlap ("26. Juli 2023" is one full date, not a day-month and a year).
 */
enum DateRule {
    ISO("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
            (m, text, anchor) -> day(num(m, 1), num(m, 2), num(m, 3))),
    NUMERIC("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})\\b(?!\\.\\d)",
            (m, text, anchor) -> day(fullYear(num(m, 3)), num(m, 2), num(m, 1))),
    DAY_MONTH("\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH_PATTERN + ")\\b(?:\\.?,?\\s+(\\d{4})\\b)?",
            (m, text, anchor) -> dayMonth(m.group(2), num(m, 1), m.group(3), anchor)),
    MONTH_DAY("\\b(?=\\p{Lu})(" + MONTH_PATTERN + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?",
            (m, text, anchor) -> dayMonth(m.group(1), num(m, 2), m.group(3), anchor)),
    MONTH_YEAR("\\b(?=\\p{Lu})(" + MONTH_PATTERN + ")\\.?\\s+(\\d{4})\\b",
            (m, text, anchor) -> month(m.group(1)).map(month -> YearMonth.of(num(m, 2), month).toString())),
    IN_MONTH("\\b(?:im|in|seit|bis|Anfang|Ende|Mitte|early|late|mid-?|since|until)\\s+(" + MONTH_PATTERN + ")\\b",
            (m, text, anchor) -> month(m.group(1)).map(month -> nearestMonth(month, anchor).toString())),
    WEEKDAY(
            "\\b(?=\\p{Lu})(" + WEEKDAY_PATTERN
                    + ")(?:abend|morgen|mittag|nachmittag|vormittag|nacht)?s?\\b"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?",
            (m, text, anchor) -> weekday(wordBefore(m, text), m.group(1), anchor)),
    /** "bis heute" and "seit gestern" are spans up to now, not a day. */
    RELATIVE_DAY(
            "\\b(?=[hgvüTtYy])(?<!\\b[Bb]is\\s)(?<!\\b[Ss]eit\\s)(?<!\\b[Uu]ntil\\s)"
                    + "(heute|gestern|vorgestern|übermorgen|[Tt]oday|[Yy]esterday|[Tt]omorrow)\\b",
            (m, text, anchor) -> Optional.of(anchor.plusDays(DateVocabulary.RELATIVE_DAYS.get(lower(m.group(1))))
                    .toString())),
    RELATIVE_MONTH_YEAR("\\b(Monats?|Jahr(?:es)?|month|year)\\b",
            (m, text, anchor) -> relativePeriod(wordBefore(m, text), m.group(1), anchor)),
    YEAR("\\b(1[6-9]\\d\\d|20\\d\\d)\\b(?![.,]\\d|er|s\\b|-\\d)", (m, text, anchor) -> Optional.of(m.group(1))
            .filter(year -> Integer.parseInt(year) <= anchor.getYear() + 10));

    final Pattern pattern;
    private final Resolver resolver;

    /** The word right before a match, for rules whose qualifier precedes them ("last Thursday", "vergangenen Jahr"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

    DateRule(String regex, Resolver resolver) {
        this.pattern = Pattern.compile(regex);
        this.resolver = resolver;
    }

    /**
     * The qualifier word before the match, found by looking back rather than in the rule's regex: an optional
     * leading word would make the regex try every word of the text.
     */
    static String wordBefore(Matcher m, String text) {
        int end = m.start();
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, end - 30), end));
        return before.find() ? before.group(1) : "";
    }

    /** The ISO date the match in {@code text} means, empty when it names no valid date. */
    Optional<String> resolve(Matcher match, String text, LocalDate anchor) {
        return resolver.resolve(match, text, anchor);
    }

    /** How a rule turns its match into a date. */
    @FunctionalInterface
    private interface Resolver {
        Optional<String> resolve(Matcher match, String text, LocalDate anchor);
    }

    private static Optional<String> dayMonth(String monthName, int day, String year, LocalDate anchor) {
        Optional<Integer> month = month(monthName);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        if (year != null) {
            return day(Integer.parseInt(year), month.get(), day);
        }
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            Optional<LocalDate> candidate = date(y, month.get(), day);
            if (candidate.isPresent() && (best == null || distance(candidate.get(), anchor) < distance(best, anchor))) {
                best = candidate.get();
            }
        }
        return Optional.ofNullable(best).map(LocalDate::toString);
    }

    /** Month names must be capitalised: "may" and "März" in lower case are other words or typos. */
    private static Optional<Integer> month(String name) {
        String key = lower(name);
        return Character.isUpperCase(name.charAt(0))
                ? Optional.ofNullable(DateVocabulary.MONTHS.get(key))
                : Optional.empty();
    }

    /** The month nearest the anchor: "im Juli" written in January means last July when that is closer. */
    private static YearMonth nearestMonth(int month, LocalDate anchor) {
        YearMonth now = YearMonth.from(anchor);
        YearMonth best = now.withMonth(month);
        for (YearMonth candidate : new YearMonth[] {best.minusYears(1), best.plusYears(1)}) {
            if (Math.abs(candidate.getYear() * 12
                            + candidate.getMonthValue()
                            - (now.getYear() * 12 + now.getMonthValue()))
                    < Math.abs(
                            best.getYear() * 12 + best.getMonthValue() - (now.getYear() * 12 + now.getMonthValue()))) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * A weekday: after "last"/"vergangenen" the latest one before the anchor, after "next"/"kommenden" the first one
     * after it, otherwise the nearest one (news reports mostly the recent past, so a tie goes to the past).
     */
    private static Optional<String> weekday(String qualifier, String name, LocalDate anchor) {
        if (!Character.isUpperCase(name.charAt(0))) {
            return Optional.empty();
        }
        DayOfWeek day = DateVocabulary.WEEKDAYS.get(lower(name));
        int ahead = (day.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
        int back = ahead == 0 ? 0 : 7 - ahead;
        String q = qualifier == null ? "" : lower(qualifier);
        if (DateVocabulary.PAST.contains(q)) {
            return Optional.of(anchor.minusDays(back == 0 ? 7 : back).toString());
        }
        if (DateVocabulary.FUTURE.contains(q)) {
            return Optional.of(anchor.plusDays(ahead == 0 ? 7 : ahead).toString());
        }
        return Optional.of((ahead < back ? anchor.plusDays(ahead) : anchor.minusDays(back)).toString());
    }

    private static Optional<String> relativePeriod(String qualifier, String unit, LocalDate anchor) {
        String q = lower(qualifier);
        int step = DateVocabulary.PAST.contains(q) ? -1 : DateVocabulary.FUTURE.contains(q) ? 1 : 0;
        if (step == 0 && !DateVocabulary.THIS.contains(q)) {
            return Optional.empty();
        }
        boolean month = lower(unit).startsWith("mon");
        return Optional.of(month
                ? YearMonth.from(anchor).plusMonths(step).toString()
                : String.valueOf(anchor.getYear() + step));
    }

    private static Optional<String> day(int year, int month, int day) {
        return date(year, month, day).map(LocalDate::toString);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31. Februar" or "13.13.2023" names no date: not a mention
        }
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static int fullYear(int year) {
        return year < 100 ? 2000 + year : year;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
