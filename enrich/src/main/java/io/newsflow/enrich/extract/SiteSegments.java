package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The site-name and section segments of a title (" | Politik", " - Example News", "example.com // "), which are not
 * part of the headline, and the decoration a title keeps when they are cut ("» Jens Weber").
 */
final class SiteSegments {

    /** Separators between a headline and site/section names in titles. */
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»/]{1,2}\\s+");

    /**
     * A trailing segment named after the site ("Doom9's Forum", "Example Rail Enquiries") has at most this many words.
     */
    private static final int MAX_SITE_SEGMENT_WORDS = 3;

    /** Dashes, which also join a headline's own parts. */
    private static final Pattern DASHES = Pattern.compile("[-–—]{1,2}");

    /** A section named between a headline and the site's name has at most this many words ("Arch Discussion"). */
    private static final int MAX_SECTION_WORDS = 2;

    /** A site name shorter than this, bare, is too short to tell a segment named after it ("bike" in "Bike Forum"). */
    private static final int MIN_SITE_PREFIX_CHARS = 5;

    /** A segment that is just a host name, e.g. "example.com". */
    private static final Pattern HOST_NAME = Pattern.compile("(www\\.)?[a-z0-9-]+(\\.[a-z]{2,})+");

    /** A host name opening a title and followed by a word after a space, no separator between. */
    private static final Pattern LEADING_HOST =
            Pattern.compile("(?:www\\.)?[a-z0-9-]+(?:\\.[a-z]{2,})+\\s+(?=[\\p{L}\\p{N}])");

    /** A host's "www." and its top-level domain, around the name a site goes by. */
    private static final Pattern WWW = Pattern.compile("^www\\.");
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("\\.[a-z]{2,}$");

    /**
     * A separator left at either end of a title, set off by a space ("» Jens Weber", "Headline |"). A leading dash is
     * not one: Scandinavian titles open a quotation with it ("– Angsten vil øke").
     */
    private static final Pattern END_DECORATION = Pattern.compile("^[|»«›‹·•/:]+\\s+|\\s+[|»«›‹·•/:–—-]+$");

    private SiteSegments() {}

    /** A separator between a headline and a site name that follows it, or one that precedes it. */
    private static final Pattern SEPARATOR_AT_END = Pattern.compile("\\s+[|\\-–—:·»/]{1,2}\\s+$");
    private static final Pattern SEPARATOR_AT_START = Pattern.compile("^\\s+[|\\-–—:·»/]{1,2}\\s+");

    /**
     * A site or section segment that a title in Chinese, Japanese or Korean script sets after its headline without
     * spaces ("...英雄的城！-新华网", "...커졌다-정치ㅣ한국일보"): those scripts put no spaces between words, so the
     * spaced separators the other segments are found by are not there. Only a short run of the same script after a
     * dash, an underscore or a bar that follows the script's own letters or punctuation: "2024-2025" and Latin
     * words joined by a hyphen are not matched.
     */
    private static final Pattern UNSPACED_EAST_ASIAN_TAIL = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsPunctuation}&&[^\\p{ASCII}]])"
                    + "[-_|｜][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}·]{1,10}$");

    /** A title's headline part before an unspaced east Asian tail is at least this many characters. */
    private static final int MIN_EAST_ASIAN_HEADLINE_CHARS = 12;

    /** Drops leading and trailing segments that name the site or the section. */
    static String strip(String title, List<String> siteNames) {
        String unhosted = withoutLeadingHost(title, siteNames);
        return stripSegments(withoutEastAsianTail(withoutWholeNames(unhosted, siteNames)), siteNames);
    }

    /**
     * The title without the site's host name it opens with, set before the headline with no separator
     * ("example.com Vibe Coding"). Only the site's own host: a library's name is written like one ("socket.io Rooms").
     */
    private static String withoutLeadingHost(String title, List<String> siteNames) {
        Matcher host = LEADING_HOST.matcher(title);
        if (!host.lookingAt() || host.end() >= title.length()) {
            return title;
        }
        String bare = bare(host.group().strip());
        boolean own = siteNames.stream().anyMatch(name -> bare(name).equals(bare));
        return own ? title.substring(host.end()).strip() : title;
    }

    private static String withoutEastAsianTail(String title) {
        Matcher tail = UNSPACED_EAST_ASIAN_TAIL.matcher(title);
        return tail.find() && tail.start() >= MIN_EAST_ASIAN_HEADLINE_CHARS ? title.substring(0, tail.start()).strip()
                : title;
    }

    /**
     * The title without a site name that holds separators itself ("Über uns – 2gewinnt | Kabarett | Satire"), which
     * splitting the title into segments cannot recognise.
     */
    private static String withoutWholeNames(String title, List<String> siteNames) {
        for (String name : siteNames) {
            int length = name.length();
            if (length >= title.length() || !SEGMENT_SEPARATOR.matcher(name).find()) {
                continue;
            }
            if (title.regionMatches(true, title.length() - length, name, 0, length)) {
                Matcher separator = SEPARATOR_AT_END.matcher(title.substring(0, title.length() - length));
                if (separator.find()) {
                    return title.substring(0, separator.start()).strip();
                }
            }
            if (title.regionMatches(true, 0, name, 0, length)) {
                String after = title.substring(length);
                Matcher separator = SEPARATOR_AT_START.matcher(after);
                if (separator.find()) {
                    return after.substring(separator.end()).strip();
                }
            }
        }
        return title;
    }

    private static String stripSegments(String title, List<String> siteNames) {
        List<String> segments = new ArrayList<>(Arrays.asList(SEGMENT_SEPARATOR.split(title)));
        if (segments.size() < 2) {
            return title.strip();
        }
        List<String> separators = separators(title);
        String siteSeparator = null;
        while (segments.size() > 1 && (isSite(segments.get(segments.size() - 1), siteNames)
                || namedAfterSite(segments.get(segments.size() - 1), siteNames))) {
            segments.remove(segments.size() - 1);
            siteSeparator = separators.get(segments.size() - 1);
        }
        if (siteSeparator != null && isSection(segments, separators, siteSeparator)) {
            segments.remove(segments.size() - 1);
        }
        while (segments.size() > 1 && isSite(segments.get(0), siteNames)) {
            segments.remove(0);
        }
        String first = segments.get(0);
        String last = segments.get(segments.size() - 1);
        int start = title.indexOf(first);
        int end = title.lastIndexOf(last) + last.length();
        return start >= 0 && end > start ? title.substring(start, end).strip() : title.strip();
    }

    /** The separators between a title's segments, in order, without their spaces. */
    private static List<String> separators(String title) {
        List<String> separators = new ArrayList<>();
        Matcher separator = SEGMENT_SEPARATOR.matcher(title);
        while (separator.find()) {
            separators.add(separator.group().strip());
        }
        return separators;
    }

    /**
     * Whether the last of the segments left before a cut site name is the section of the site the page is in: a
     * title set as a breadcrumb the other way round ("Topic / Forum / Board", "Thread - Category - Community") joins
     * page, section and site by the same separator, and names a section in a word or two. Not dashes: a headline's
     * second part is often set off by one ("Russia - Ukraine talks - Example News").
     */
    private static boolean isSection(List<String> segments, List<String> separators, String siteSeparator) {
        int last = segments.size() - 1;
        return last > 0 && !DASHES.matcher(siteSeparator).matches() && separators.get(last - 1).equals(siteSeparator)
                && segments.get(last).strip().split(" ").length <= MAX_SECTION_WORDS;
    }

    /**
     * The title's last segment when the page shows it as a heading of its own and the rest of the title as another
     * ("What is Ownership? - The Rust Programming Language", a book's name in the menu bar's {@code <h1>} and the
     * chapter in an {@code <h2>}): the name of the site or the book the page belongs to, not its headline; null
     * otherwise. A title that leads with a known site name is set the other way round ("Site | Headline").
     */
    static @Nullable String shownTrailingName(String title, List<String> headings, List<String> siteNames) {
        Matcher separator = SEGMENT_SEPARATOR.matcher(title);
        int start = -1;
        int end = -1;
        while (separator.find()) {
            start = separator.start();
            end = separator.end();
        }
        if (start <= 0 || end >= title.length()) {
            return null;
        }
        String rest = title.substring(0, start).strip();
        String name = title.substring(end).strip();
        if (isSite(SEGMENT_SEPARATOR.split(rest, 2)[0], siteNames)) {
            return null;
        }
        return shows(headings, rest) && shows(headings, name) ? name : null;
    }

    private static boolean shows(List<String> headings, String text) {
        for (String heading : headings) {
            if (heading.equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code heading} is a segment of {@code title} after its first, as a whole. */
    static boolean isLaterSegment(String heading, String title) {
        String[] segments = SEGMENT_SEPARATOR.split(title);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].strip().equalsIgnoreCase(heading)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code heading} is the first segment of {@code title} as a whole ("Defer, Panic, and Recover" of
     * "Defer, Panic, and Recover - The Go Programming Language"): the title adds a site or a tagline to it.
     */
    static boolean isLeadingSegment(String heading, String title) {
        String[] segments = SEGMENT_SEPARATOR.split(title, 2);
        return segments.length > 1 && segments[0].strip().equalsIgnoreCase(heading);
    }

    /**
     * Whether a trailing segment of a few words starts with the site's name, from its host or its declarations, and
     * goes on to say what part of the site it is ("Doom9's Forum" on doom9.net): the site's, not the headline's.
     */
    private static boolean namedAfterSite(String segment, List<String> siteNames) {
        if (segment.strip().split(" ").length > MAX_SITE_SEGMENT_WORDS) {
            return false;
        }
        return siteNames.stream().map(SiteSegments::bare)
                .anyMatch(name -> name.length() >= MIN_SITE_PREFIX_CHARS && startsWithWord(segment, name));
    }

    /**
     * Whether {@code segment}'s letters and digits start with {@code bareName} and the name ends a word there:
     * "Doom9's Forum" and "Example Rail Enquiries" start with their site's name, "Berliner Mauer" on a "berlin" site
     * does not.
     */
    private static boolean startsWithWord(String segment, String bareName) {
        String lower = segment.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ") && !bareName.startsWith("the")) {
            lower = lower.substring(4); // as bare() reads the names
        }
        int matched = 0;
        int at = 0;
        while (at < lower.length() && matched < bareName.length()) {
            int c = lower.codePointAt(at);
            if (Character.isLetterOrDigit(c)) {
                if (bareName.codePointAt(matched) != c) {
                    return false;
                }
                matched += Character.charCount(c);
            }
            at += Character.charCount(c);
        }
        return matched == bareName.length()
                && (at == lower.length() || !Character.isLetterOrDigit(lower.codePointAt(at)));
    }

    static boolean isSite(String segment, List<String> siteNames) {
        String lower = segment.strip().toLowerCase(Locale.ROOT);
        if (siteNames.contains(lower) || HOST_NAME.matcher(lower).matches()) {
            return true;
        }
        String bare = bare(lower);
        return !bare.isEmpty() && siteNames.stream().anyMatch(name -> bare(name).equals(bare));
    }

    /** "The Daily Example", "daily-example.com" and "DailyExample" all give "dailyexample". */
    static String bare(String name) {
        String lower = TOP_LEVEL_DOMAIN.matcher(WWW.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst(""))
                .replaceFirst("");
        StringBuilder letters = new StringBuilder();
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        String bare = letters.toString();
        return bare.startsWith("the") && bare.length() > 6 ? bare.substring(3) : bare;
    }

    /** The title without a separator left at its start or end. */
    static String undecorated(String title) {
        String bare = END_DECORATION.matcher(title).replaceAll("").strip();
        return bare.isEmpty() ? title : bare;
    }
}
