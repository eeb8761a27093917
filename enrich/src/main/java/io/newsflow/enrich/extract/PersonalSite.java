package io.newsflow.enrich.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The person a one-person site is named after: a blog or home page whose name is its owner's ("Owain Brennan" as the
 * site name, "The Fold-and-Cut Problem (Erik Demaine)" as the title, a link home reading "Christoffer Artmann") and
 * whose host spells that name ("owain.bearblog.dev", "erikdemaine.org", "artmann.co"). Such sites credit their owner
 * nowhere else, as every text on them is the owner's. The host is what tells a person's site from a brand that reads
 * like a name: a name shown as the site's but not in its host is a founder, a shop or a publication.
 */
final class PersonalSite {

    /** A full name: a first name and one or two more words. */
    private static final int MIN_NAME_WORDS = 2;

    private static final int MAX_NAME_WORDS = 3;

    /** A host word shorter than this may match a name word by chance ("ann", "leo"). */
    private static final int MIN_HOST_WORD_CHARS = 4;

    /** Where a title parts the site's name from the headline: "Headline | Site", "Headline (Site)". */
    private static final Pattern TITLE_BREAKS = Pattern.compile("\\s+[|\\p{Pd}·•»:]+\\s+|[()\\[\\]]");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private static final Pattern HOST_DOTS = Pattern.compile("\\.");

    private PersonalSite() {}

    /** The scan, run once and only when asked: no other source credits anyone when it is. */
    static Supplier<List<String>> lazy(Document page, @Nullable String siteName, List<BodyBlock> body) {
        return new Once<>(() -> {
            List<String> owner = owner(page, siteName, ArticleExtractor.documentTitle(page));
            if (owner.isEmpty()) {
                // a site whose name does not spell its owner may still name them in the footer's copyright notice
                owner = CopyrightOwner.person(page);
            }
            return owner.isEmpty() || mentions(body, owner.get(0)) ? List.of() : owner;
        });
    }

    /**
     * Whether the text speaks of the name: an owner does not name themselves in their own text, a company named after
     * its founder does ("the legacy of Allen Edmonds"), and so does a page about the person.
     */
    static boolean mentions(List<BodyBlock> body, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return body.stream().anyMatch(block -> block.text().toLowerCase(Locale.ROOT).contains(lower));
    }

    /** The owner the site is named after, or none. */
    static List<String> owner(Document page, @Nullable String siteName, String documentTitle) {
        List<String> hostWords = hostWords(page.location());
        if (hostWords.isEmpty()) {
            return List.of();
        }
        List<String> shown = new ArrayList<>();
        if (siteName != null) {
            shown.add(siteName);
        }
        shown.addAll(List.of(TITLE_BREAKS.split(documentTitle)));
        String named = spelledByHost(shown, hostWords);
        if (named == null) {
            // a link home (the header's site name) is looked at only when site name and title tell nothing
            named = spelledByHost(homeLinkTexts(page), hostWords);
        }
        return named == null ? List.of() : List.of(named);
    }

    /** The first of {@code texts} that is a full name and nothing else and that the host spells; else null. */
    private static @Nullable String spelledByHost(List<String> texts, List<String> hostWords) {
        for (String text : texts) {
            String candidate = TextNormalizer.collapse(text);
            List<String> names = BylineParser.names(candidate);
            if (names.size() != 1 || !names.get(0).equals(candidate)) {
                continue;
            }
            String[] words = candidate.split(" ");
            if (words.length >= MIN_NAME_WORDS && words.length <= MAX_NAME_WORDS && spells(hostWords, words)
                    && PersonNameLists.readsAsPerson(words)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Whether a word of the host is the whole name run together ("erikdemaine") or, at least
     * {@link #MIN_HOST_WORD_CHARS} letters long, one of its words ("owain", "artmann").
     */
    private static boolean spells(List<String> hostWords, String[] nameWords) {
        StringBuilder whole = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (String word : nameWords) {
            String plain = plainLetters(word);
            whole.append(plain);
            parts.add(plain);
        }
        for (String hostWord : hostWords) {
            if (hostWord.equals(whole.toString())
                    || (hostWord.length() >= MIN_HOST_WORD_CHARS && parts.contains(hostWord))) {
                return true;
            }
        }
        return false;
    }

    /** The host's words before its top-level domain, in plain lower-case letters: "owain.bearblog.dev" gives two. */
    private static List<String> hostWords(String url) {
        String[] labels = HOST_DOTS.split(SameSite.host(url));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < labels.length - 1; i++) {
            String word = plainLetters(labels[i]);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The texts of the links to the site's home page, in document order. */
    private static List<String> homeLinkTexts(Document page) {
        String host = SameSite.host(page.location());
        List<String> texts = new ArrayList<>();
        for (Element link : page.getElementsByTag("a")) {
            String target = link.absUrl("href");
            int scheme = target.indexOf("://");
            int hostEnd = scheme < 0 ? -1 : target.indexOf('/', scheme + 3);
            boolean home = scheme > 0 && (hostEnd < 0 || target.substring(hostEnd).equals("/"))
                    && SameSite.host(target).equals(host);
            if (home && link.hasText()) {
                texts.add(link.text());
            }
        }
        return texts;
    }

    private static String plainLetters(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NON_LETTERS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
