package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads person names out of byline text such as {@code "Von: Bona Hyun"} or {@code "By Jane Doe and John Roe"}.
 *
 * <p>A name is two to five words that start with an upper-case letter (name particles such as {@code von} or
 * {@code de} allowed inside); reading stops at the first other word, so {@code "Jane Doe in Washington"} gives
 * {@code "Jane Doe"} and {@code "bohy mit Agenturen"} gives nothing.
 */
final class BylineParser {

    static final Pattern PREFIX = Pattern.compile(
            "^(?:" + String.join("|", BylineWords.PREFIXES.tokens().stream()
                    .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + ")\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A date or a reading time set before the name and parted from it by a middle dot or a bullet ("Dec. 19, 2025 ·
     * Niko Matsakis", "5 min read • Jane Doe"): a meta line's first item, never part of a name.
     */
    private static final Pattern LEADING_ITEM = Pattern.compile("^[^·•]{0,30}?\\d[^·•]{0,30}[·•]\\s*");

    /** The colon and spaces after a byline word ("Von: "). */
    private static final Pattern NAME_WORD_BREAKS = Pattern.compile("[\\s:]+");

    private static final Pattern LABEL_END = Pattern.compile("\\s*:?\\s*$");

    /**
     * An HTML tag inside a structured value: content systems write the author's linked name into JSON-LD or a meta
     * tag as markup ({@code <a href="/authors/jane-doe">Jane Doe</a>}); its text is the name.
     */
    private static final Pattern MARKUP_TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");

    /** Separators between several names. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:,|;|\\||/|&|\\s(?:and|und|et|y|e|en|och|og|i|ve|и)\\s)\\s*", Pattern.UNICODE_CASE);

    /**
     * A capitalised word directly after a lower-case letter: "April" in "PressApril". The letter is looked behind, not
     * consumed, so that a name with an inner capital still parts from a date word glued to it ("SanSonePublished").
     */
    private static final Pattern GLUED_WORD = Pattern.compile("(?<=\\p{Ll})\\p{Lu}\\p{Ll}+");

    /** Separators and dashes set before a label ("| By", "— Von"). */
    static final Pattern LEADING_DECORATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+");

    /**
     * A label glued to the name that follows it, "AuthorAndreas Kalt": label and name sit in adjacent elements and the
     * page's text loses the space between them.
     */
    private static final Pattern GLUED_LABEL =
            Pattern.compile("^(?i:author|autor|autorin|by|von|text)(?=\\p{Lu}\\p{Ll})");

    /** A reporter's title set after the name in Korean, Japanese and Chinese bylines ("신현주 기자"). */
    private static final Pattern TRAILING_REPORTER_TITLE = Pattern.compile("\\s+(?:기자|記者|记者)$");

    /** A URL, a "www." address, or an address with a path ("facebook.com/example"). See {@link #holdsWebAddress}. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)www\\.|https?:|[\\p{L}\\d-]\\.\\p{L}{2,6}/");

    /** A mail address, or one spelled out against harvesters ("jane[at]example.net"). */
    private static final Pattern MAIL_ADDRESS = Pattern.compile("(?i)@|\\[at]");

    /** A one-word credit set in capitals and at most this long is a desk or agency code ("TNN", "PTI"). */
    private static final int MAX_CODE_LETTERS = 5;

    private static final int MIN_NAME_WORDS = 2;

    /** A desk code after a name, "Elena Oberholzer (obe)": the newsroom's short sign for the author, not a name. */
    private static final Pattern TRAILING_DESK_CODE = Pattern.compile("\\s*\\([\\p{L}.]{1,6}\\)$");

    private static final int MAX_NAME_WORDS = 5;

    /** An English possessive ending ("Living's", "Jones'"), straight or curly apostrophe. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s?$");

    /** The German credit label "Text:", which without its colon is an ordinary word. */
    private static final String PLAIN_TEXT_LABEL = "text";

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final int MAX_BYLINE_CHARS = 160;
    private static final int MAX_BYLINE_PARAGRAPH_CHARS = 100;

    private BylineParser() {}

    /** The names in {@code byline}, in order, without duplicates; empty when none look like names. */
    static List<String> names(String byline) {
        String text = beforeCopyright(unglued(TextNormalizer.collapse(byline)));
        if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS) {
            return List.of();
        }
        text = LEADING_ITEM.matcher(text).replaceFirst("");
        Matcher prefix = PREFIX.matcher(text);
        boolean prefixed = prefix.find();
        boolean sentenceWord = prefixed && BylineWords.SENTENCE_OPENING_PREFIXES.contains(
                LABEL_END.matcher(prefix.group()).replaceFirst("").toLowerCase(Locale.ROOT));
        text = prefixed ? text.substring(prefix.end()) : text;
        List<String> names = new ArrayList<>();
        String[] parts = SEPARATOR.split(text);
        if (sentenceWord && runsOnAsSentence(withoutTitles(parts[0]))) {
            return names; // "Mit Treuhand Clouds wider die politischen Gezeiten": a title, not a credit
        }
        for (String part : parts) {
            String name = titleCaseIfShouted(leadingName(withoutTitles(part)));
            if (name.isEmpty() && !names.isEmpty() && describes(part)) {
                break; // "Jane Doe, Head of Marketing and Community Development": the rest describes her
            }
            // an exclamation or a question ends a slogan or a heading ("Coming Soon!"), never a name
            boolean exclaimed = name.endsWith("!") || name.endsWith("?");
            if (!name.isEmpty() && !exclaimed && !names.contains(name) && !isNonPerson(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The text before a copyright sign: what follows it ("© 2026 AFPA. Terms & Conditions", "Jane Doe © dpa") is the
     * site's or a picture's credit, which footers and captions mark with byline classes, never the article's author.
     */
    private static String beforeCopyright(String text) {
        int sign = text.indexOf('©');
        String before = sign < 0 ? text : text.substring(0, sign).strip();
        return before.toLowerCase(Locale.ROOT).startsWith("copyright") ? "" : before;
    }

    /** Whether {@code credit} is or holds a copyright notice ("Copyright Example GmbH - all rights reserved"). */
    static boolean holdsCopyright(String credit) {
        return !beforeCopyright(credit).equals(credit);
    }

    /**
     * Names from a structured source (JSON-LD {@code Person}, {@code <meta name=author>}), which are trusted to be
     * names: one to five words of any script, no digits, no desk or site words.
     */
    static List<String> structuredNames(String value) {
        String text = unglued(TextNormalizer.collapse(MARKUP_TAG.matcher(value).replaceAll(" ")));
        if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS || holdsWebAddress(text)) {
            return List.of();
        }
        text = PREFIX.matcher(text).replaceFirst("");
        List<String> names = new ArrayList<>();
        String[] parts = SEPARATOR.split(text);
        boolean firstNamesOnly = firstNamesOnly(text, parts);
        for (String part : parts) {
            String name = withoutTitles(part);
            int words = name.isEmpty() ? 0 : name.split(" ").length;
            if (words == 1
                    && parts.length > 1
                    && !firstNamesOnly
                    && name.codePoints().anyMatch(Character::isUpperCase)) {
                continue; // "Jane Doe, Berlin": a lone capitalised word beside a name is a place or a role
            }
            boolean plausible = words >= 1 && words <= MAX_NAME_WORDS && name.chars().noneMatch(Character::isDigit)
                    && name.codePoints().anyMatch(Character::isLetter) && !MAIL_ADDRESS.matcher(name).find();
            if (plausible && !isNonPerson(name) && !isCreditCode(name, words) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Whether a credit holds a web address beside its words ("Deutsche Welle (www.dw.com)", "Web Shop GmbH
     * www.web-shop.de", "Jane Doe - http://jane.example") or is a profile's address without its scheme
     * ("facebook.com/example"): a publisher's or a web agency's imprint or a social profile, not a person; none of
     * its parts is a name. A bare domain ("ORF.at") has no "www." and stays the site's credit.
     */
    private static boolean holdsWebAddress(String credit) {
        return WEB_ADDRESS.matcher(credit).find();
    }

    /** Whether {@code credit} holds a mail address, spelled out or not: a contact, not a name. */
    static boolean holdsAddress(String credit) {
        return holdsWebAddress(credit) || MAIL_ADDRESS.matcher(credit).find();
    }

    /**
     * Whether a structured credit joins one-word names and nothing else, without a comma ("Maria & Katerina", "Linny
     * and Peter"): blogs run by a couple or a pair of friends sign with both first names, while a lone word after a
     * full name ("Jane Doe, Berlin") is a place or a role.
     */
    private static boolean firstNamesOnly(String text, String[] parts) {
        if (parts.length < 2 || text.indexOf(',') >= 0) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.indexOf(' ') >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} is a byline paragraph: an introducing word directly followed by a name, and short
     * ({@code "By the time the vote was counted, ..."} is not one).
     */
    static boolean isByline(String text) {
        Matcher prefix = PREFIX.matcher(text);
        if (text.length() > MAX_BYLINE_PARAGRAPH_CHARS || !prefix.find()) {
            return false;
        }
        String[] parts = SEPARATOR.split(text.substring(prefix.end()), 2);
        boolean sentenceWord = BylineWords.SENTENCE_OPENING_PREFIXES.contains(
                LABEL_END.matcher(prefix.group()).replaceFirst("").toLowerCase(Locale.ROOT));
        return !leadingName(parts[0]).isEmpty() && !(sentenceWord && runsOnAsSentence(parts[0]));
    }

    /**
     * Whether {@code text} opens with a byline word that as often opens a phrase of another kind: "With" or "Mit"
     * (also "MIT", read case-insensitively) before a product option, a course or a guest ("With Rental Package -
     * $20.00", "MIT Professional Education"), or "Text" without its colon ("Text Generation Inference"). Next to the
     * headline such a line is a credit; anywhere else on the page it seldom is. Not "Interview", which magazines set
     * before the interviewer's name ("Interview SVEN MICHAELSEN").
     */
    static boolean opensWithAmbiguousLabel(String text) {
        Matcher prefix = PREFIX.matcher(LEADING_DECORATION.matcher(TextNormalizer.collapse(text)).replaceFirst(""));
        if (!prefix.find()) {
            return false;
        }
        String label = LABEL_END.matcher(prefix.group()).replaceFirst("").toLowerCase(Locale.ROOT);
        return BylineWords.COMPANY_PREFIXES.contains(label)
                || (label.equals(PLAIN_TEXT_LABEL) && !prefix.group().contains(":"));
    }

    /** Whether {@code text} is only a byline word ("Written by", "Von:"), the name following in the next element. */
    static boolean isPrefixOnly(String text) {
        // "| By": a separator before the label is decoration
        String lower = LEADING_DECORATION
                .matcher(TextNormalizer.collapse(text))
                .replaceFirst("")
                .toLowerCase(Locale.ROOT);
        return BylineWords.PREFIXES.contains(
                lower.endsWith(":") ? lower.substring(0, lower.length() - 1).strip() : lower);
    }

    /**
     * The text with a date word glued to the word before it set apart ("Associated PressApril 28" gives "Associated
     * Press April 28"): a name and a date in adjacent elements lose the space between them in the page's text.
     */
    static String unglued(String text) {
        Matcher label = GLUED_LABEL.matcher(text);
        if (label.find()) {
            text = text.substring(0, label.end()) + " " + text.substring(label.end());
        }
        Matcher glued = GLUED_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (glued.find()) {
            String word = glued.group().toLowerCase(Locale.ROOT);
            boolean dateWord =
                    BylineWords.NAME_ENDING_WORDS.contains(word) || DateWords.MONTH_NUMBERS.containsKey(word);
            glued.appendReplacement(out, Matcher.quoteReplacement((dateWord ? " " : "") + glued.group()));
        }
        glued.appendTail(out);
        return out.toString();
    }

    /** "TOM HARRIS" (a byline set in capitals) becomes "Tom Harris"; mixed case is left alone. */
    static String titleCaseIfShouted(String name) {
        if (name.isEmpty() || name.codePoints().anyMatch(Character::isLowerCase)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean wordStart = true;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            out.appendCodePoint(wordStart ? cp : Character.toLowerCase(cp));
            wordStart = !Character.isLetter(cp) && cp != '\'' && cp != '’';
        }
        return out.toString();
    }

    /**
     * The part without a desk code or a reporter's title after the name, nor a compound role before it
     * ("FOCUS-Online-Experte Robin Tschöpe", "SPIEGEL-Korrespondent Jan Roe").
     */
    private static String withoutTitles(String part) {
        String name = TRAILING_REPORTER_TITLE.matcher(part.strip()).replaceFirst("");
        name = TRAILING_DESK_CODE.matcher(name).replaceFirst("");
        int space = name.indexOf(' ');
        int hyphen = space < 0 ? -1 : name.lastIndexOf('-', space);
        boolean rolePrefix = hyphen > 0
                && BylineWords.NON_PERSON_WORDS.contains(name.substring(hyphen + 1, space).toLowerCase(Locale.ROOT));
        return rolePrefix ? name.substring(space + 1) : name;
    }

    static boolean isCreditCode(String name, int words) {
        return words == 1 && name.length() <= MAX_CODE_LETTERS && name.codePoints().noneMatch(Character::isLowerCase)
                && name.codePoints().anyMatch(Character::isUpperCase);
    }

    static boolean isNonPerson(String name) {
        if (AgencyNote.AGENCY_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
            return true; // "EFE", "dpa": an agency credit, not a person
        }
        for (String word : NAME_WORD_BREAKS.split(name.toLowerCase(Locale.ROOT))) {
            if (BylineWords.NON_PERSON_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String leadingName(String part) {
        String[] words = part.strip().split(" ");
        int taken = 0;
        for (String word : words) {
            if (taken >= MAX_NAME_WORDS || !isNameWord(word, taken) || isDateMonth(words, taken)) {
                break;
            }
            taken++;
            if (endsSentence(word)) {
                break; // "HiFi-Trends. Zudem", "Elisabeth! Ich": the byline ran on into the text
            }
            Matcher possessive = POSSESSIVE.matcher(word);
            if (possessive.find()) {
                // "Southern Living's editorial guidelines": the owner is the name, what it owns is not
                words[taken - 1] = word.substring(0, possessive.start());
                break;
            }
        }
        while (taken > 0 && BylineWords.NAME_PARTICLES.contains(words[taken - 1].toLowerCase(Locale.ROOT))) {
            taken--;
        }
        return taken < MIN_NAME_WORDS ? "" : String.join(" ", Arrays.copyOf(words, taken));
    }

    /**
     * Whether the capitalised words a name is read from are followed by a lower-case word that is neither a name
     * particle nor a word bylines run on into ("Auf der Arabischen Halbinsel fehlt das Gefühl"): the words are a
     * sentence's or a title's opening, since a byline's name ends its phrase or is followed by a date, a place or a
     * role introduced by such a word ("Jane Doe in Kyiv").
     */
    private static boolean runsOnAsSentence(String part) {
        String[] words = part.strip().split(" ");
        int taken = 0;
        while (taken < words.length && taken < MAX_NAME_WORDS && isNameWord(words[taken], taken)) {
            taken++;
        }
        if (taken == 0 || taken >= words.length) {
            return false;
        }
        String next = words[taken];
        return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0))
                && !BylineWords.NAME_ENDING_WORDS.contains(next.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a part that gives no name is written as a description, with a lower-case word that is no name particle
     * ("Head of Marketing", "gastroenterologist", "special to the Post"): after a name, a role or a profession, whose
     * further parts ("and Community Development", "Parkview Health") describe the same person.
     */
    private static boolean describes(String part) {
        for (String word : SPACES.split(part.strip())) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))
                    && !BylineWords.NAME_PARTICLES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code at} is a month followed by a day ("April 28"): a date, not a name ("April Ryan"). */
    private static boolean isDateMonth(String[] words, int at) {
        String month = words[at].endsWith(".") ? words[at].substring(0, words[at].length() - 1) : words[at];
        return at + 1 < words.length && DateWords.MONTH_NUMBERS.containsKey(month.toLowerCase(Locale.ROOT))
                && !words[at + 1].isEmpty() && Character.isDigit(words[at + 1].charAt(0));
    }

    /** Whether {@code word} closes a sentence: "!" or "?", or a full stop after a word longer than an initial. */
    private static boolean endsSentence(String word) {
        if (word.endsWith("!") || word.endsWith("?")) {
            return true;
        }
        return word.endsWith(".") && word.codePoints().filter(Character::isLetter).count() >= 3
                && !BylineWords.TITLE_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isNameWord(String word, int position) {
        if (word.isEmpty() || word.chars().anyMatch(Character::isDigit) || word.endsWith(":") || word.contains("@")
                || word.contains("://") || word.startsWith("www.")
                || BylineWords.NAME_ENDING_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (position > 0 && BylineWords.NAME_PARTICLES.contains(word)) {
            return true;
        }
        int first = word.codePointAt(0);
        // scripts without case (Arabic, Hebrew, Han) cannot signal a name by a capital
        boolean caseless = Character.isLetter(first) && !Character.isUpperCase(first) && !Character.isLowerCase(first);
        return (Character.isUpperCase(first) || caseless) && word.chars().anyMatch(Character::isLetter);
    }
}
