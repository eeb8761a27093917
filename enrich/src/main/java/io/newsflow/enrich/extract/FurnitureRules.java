package io.newsflow.enrich.extract;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises short lines inside the body container that are page furniture rather than article text: "read more"
 * lines, breadcrumbs, date lines ("Stand: 02.06.2025 05:00 Uhr"), and the labels of link boxes left at the end of the
 * text once their links are gone ("Related topics", "Mehr zu diesem Thema:").
 */
final class FurnitureRules {

    /** Lower-case openings of short lines that are page furniture, not article text. */
    static final TokenSet FURNITURE_OPENINGS = TokenSet.of(
            "furniture openings",
            "lesen sie auch", "lesen sie mehr", "mehr zum thema", "das könnte sie auch interessieren", "weiterlesen",
            "zum thema", "anzeige", "werbung", "read more", "read also", "also read", "related:", "see also",
            "sign up", "subscribe", "follow us", "click here", "advertisement", "lire aussi", "à lire aussi",
            "leer más", "lee también", "leggi anche", "lees ook", "läs också", "læs også", "more on this story",
            "weitere artikel", "auch interessant", "publicidad", "pubblicità", "publicité", "اقرأ أيضا", "اقرأ أيضاً",
            "leia também", "leia mais", "veja também", "más información", "mirá también", "ver también", "share this",
            "artikel teilen", "partager", "compartir", "condividi", "相关阅读", "延伸阅读", "相关新闻", "関連ニュース", "関連記事",
            "читайте также", "devamını oku");

    /** Furniture lines are short; a long paragraph starting with "Zum Thema" is text. */
    private static final int MAX_FURNITURE_CHARS = 160;

    /** A date line has at most this many words besides the date ("Stand:", "Updated", "Uhr", a weekday). */
    private static final int MAX_DATE_LINE_WORDS = 4;

    private static final int MAX_DATE_LINE_CHARS = 60;

    /** A trailing label: short, and not ending like a sentence. */
    private static final int MAX_TRAILING_LABEL_CHARS = 60;

    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[›»>|/]\\s");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"“”»«'’)\\]。！？」』）؟۔]$");

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+");

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private FurnitureRules() {}

    static boolean isFurniture(String text) {
        if (text.length() > MAX_FURNITURE_CHARS) {
            return false;
        }
        String lower = LEADING_PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
        for (String opening : FURNITURE_OPENINGS.tokens()) {
            if (lower.startsWith(opening)) {
                return true;
            }
        }
        return isBreadcrumb(text) || isDateLine(text);
    }

    /** "Lokalsport › Fußball › Kreisliga": two or more separators between short segments. */
    static boolean isBreadcrumb(String text) {
        if (text.chars().noneMatch(c -> c == '›' || c == '»' || c == '>' || c == '|' || c == '/')) {
            return false;
        }
        String[] segments = BREADCRUMB_SEPARATOR.split(text);
        if (segments.length < 3) {
            return false;
        }
        for (String segment : segments) {
            if (segment.split(" ").length > 4) {
                return false;
            }
        }
        return true;
    }

    /** A line that is a date and little else. */
    static boolean isDateLine(String text) {
        if (text.length() > MAX_DATE_LINE_CHARS || text.chars().noneMatch(Character::isDigit)
                || DateTextParser.parse(text, ZoneOffset.UTC).isEmpty()) {
            return false;
        }
        long words = WORD.matcher(text).results()
                .filter(word -> !DateWords.MONTH_NUMBERS.containsKey(word.group().toLowerCase(Locale.ROOT)))
                .count();
        return words <= MAX_DATE_LINE_WORDS;
    }

    /** Drops headings and short non-sentence labels left at the end of the body. */
    static void dropTrailingLabels(List<BodyBlock> blocks) {
        while (!blocks.isEmpty()) {
            BodyBlock last = blocks.get(blocks.size() - 1);
            boolean label = last.kind() == BlockKind.PARAGRAPH && last.text().length() <= MAX_TRAILING_LABEL_CHARS
                    && !SENTENCE_END.matcher(last.text()).find();
            if (last.kind() != BlockKind.HEADING && !label) {
                return;
            }
            blocks.remove(blocks.size() - 1);
        }
    }
}
