package io.newsflow.enrich.metadata.dates;

import io.newsflow.schemas.avro.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates a text mentions (German and English) and resolves them against an anchor date, the day the
 * article was published: "am Dienstagabend (25. Juli)" → 2023-07-25, "last Thursday", "1950 und 1953" → two years.
 * Expressions that name no day, month or year ("vergangene Woche", "in den 1950er Jahren") are not mentions.
 */
public final class DateMentionFinder {
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NON_LETTERS_OR_PERCENT = Pattern.compile("[^\\p{L}%]+");


    /** A weekday this close before an explicit date is the same day written twice: "Dienstag (25. Juli)". */
    private static final int WEEKDAY_ECHO_CHARS = 3;

    private DateMentionFinder() {}

    /** The mentions in {@code text}, in text order, none overlapping. */
    public static List<DateMention> find(String text, LocalDate anchor) {
        List<DateMention> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (DateRule rule : DateRule.values()) {
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                int start = rule == DateRule.WEEKDAY || rule == DateRule.RELATIVE_MONTH_YEAR
                        ? qualifierStart(m, text)
                        : m.start();
                if (overlaps(taken, start, m.end())
                        || (rule == DateRule.YEAR && isQuantity(text, m.start(), m.end()))) {
                    continue;
                }
                Optional<String> date = rule.resolve(m, text, anchor);
                if (date.isPresent()) {
                    taken.add(new int[] {start, m.end()});
                    found.add(new DateMention(text.substring(start, m.end()), date.get(), start));
                }
            }
        }
        found.sort(Comparator.comparingInt(DateMention::getOffset));
        return dropWeekdayEchoes(found);
    }

    /** The word before a weekday, month or year belongs to the mention when it is a qualifier: "last Thursday". */
    private static int qualifierStart(Matcher m, String text) {
        String word = DateRule.wordBefore(m, text);
        String lower = word.toLowerCase(Locale.ROOT);
        boolean qualifier = DateVocabulary.PAST.contains(lower) || DateVocabulary.FUTURE.contains(lower)
                || DateVocabulary.THIS.contains(lower);
        return qualifier ? text.lastIndexOf(word, m.start()) : m.start();
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(span -> start < span[1] && span[0] < end);
    }

    /** "rund 2000 Soldaten", "über 1500 people": a number beside a quantity word is no year. */
    private static boolean isQuantity(String text, int start, int end) {
        String before = lastWord(text.substring(Math.max(0, start - 20), start));
        String after = firstWord(text.substring(end, Math.min(text.length(), end + 20)));
        return DateVocabulary.QUANTITY_WORDS.contains(before.toLowerCase(Locale.ROOT))
                || DateVocabulary.UNIT_WORDS.contains(after.toLowerCase(Locale.ROOT));
    }

    private static List<DateMention> dropWeekdayEchoes(List<DateMention> mentions) {
        List<DateMention> kept = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            DateMention mention = mentions.get(i);
            boolean weekday = DateRule.WEEKDAY.pattern.matcher(mention.getText()).matches();
            if (weekday && i + 1 < mentions.size()) {
                DateMention next = mentions.get(i + 1);
                int gap = next.getOffset() - (mention.getOffset() + mention.getText().length());
                if (gap <= WEEKDAY_ECHO_CHARS && next.getDate().length() == 10) {
                    continue;
                }
            }
            kept.add(mention);
        }
        return kept;
    }

    private static String lastWord(String text) {
        String[] words = NON_LETTERS.split(text.strip());
        return words.length == 0 ? "" : words[words.length - 1];
    }

    private static String firstWord(String text) {
        String[] words = NON_LETTERS_OR_PERCENT.split(text.strip());
        return words.length == 0 ? "" : words[0].equals("%") ? "percent" : words[0];
    }
}
