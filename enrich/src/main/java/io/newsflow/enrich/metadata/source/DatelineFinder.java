package io.newsflow.enrich.metadata.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline: the place an agency-style article starts with before a dash, "Pjöngjang – Russland bleiben …",
 * "Berlin (dpa) – …", "WASHINGTON, July 26 (Reuters) - …". Looked for at the start of the first paragraphs, since a
 * lead or teaser often comes first.
 */
public final class DatelineFinder {

    /** Paragraphs from the start of the body that may carry the dateline. */
    static final int PARAGRAPHS = 3;

    /**
     * One to three capitalised words (or an all-caps place, "NEW YORK"), an optional "/ second place", an optional
     * date after a comma, an optional agency in brackets, then a dash.
     */
    /** Where a dateline place's first word ends ("Frankfurt/Main", "Baden-Baden", "New York"). */
    private static final Pattern PLACE_WORD_END = Pattern.compile("[ -/]");

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,2}"
                    + "(?:\\s*/\\s*\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}'’]*){0,2})?)"
                    + "(?:,\\s*[^()–—\\-]{1,25})?\\s*(?:\\(([^()]{1,40})\\))?\\s*[–—-]\\s+\\S");

    /** Capitalised words that start ordinary sentences, never a place. */
    static final Set<String> NOT_PLACES = Set.of("der", "die", "das", "ein", "eine", "er", "sie", "es", "wir", "ich",
            "the", "a", "an", "he", "she", "it", "we", "they", "i", "in", "im", "am", "auch", "und", "but", "and",
            "update", "eilmeldung", "breaking", "exklusiv", "exclusive", "analyse", "analysis", "kommentar",
            "interview", "live", "video");

    private DatelineFinder() {}

    /**
     * The dateline of a body whose paragraphs are separated by blank lines.
     *
     * @return the place, as written (all-caps places in title case), and the agency credited in brackets, if any
     */
    public static Optional<Dateline> find(String body) {
        List<String> paragraphs = List.of(body.split("\n\n", PARAGRAPHS + 1));
        for (String paragraph : paragraphs.subList(0, Math.min(PARAGRAPHS, paragraphs.size()))) {
            Matcher m = DATELINE.matcher(paragraph.strip());
            if (m.find() && !NOT_PLACES.contains(PLACE_WORD_END.split(m.group(1), 2)[0].toLowerCase(Locale.ROOT))) {
                return Optional.of(new Dateline(titleCase(m.group(1).strip()), m.group(2)));
            }
        }
        return Optional.empty();
    }

    /** "NEW YORK" → "New York"; mixed-case places stay as written. */
    private static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT)) || place.length() <= 3) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * A dateline.
     *
     * @param place where the article was filed
     * @param credit the bracketed credit after the place ("dpa", "Reuters"), null when none
     */
    public record Dateline(String place, @org.jspecify.annotations.Nullable String credit) {}
}
