package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The sentence a blog template writes under or above a post to say when it was posted: "Dieser Beitrag wurde am
 * Samstag, 3. Dezember 2011 um 14:48 Uhr veröffentlicht", "This entry was posted on Monday, May 3rd, 2010 at 10:00",
 * "Animated Typography wurde am 19. Mai 2010 um 23:03 Uhr gepostet". Such pages (WordPress themes of the 2000s, many
 * German blogs) state their date nowhere else. A line counts only when it is short, names the posting ("wurde am",
 * "was posted on", "Beitrag … wurde") and says it with a publishing verb; lines in comments are another item's.
 *
 * @param texts the part of each such line from its posting words on, short enough to be read as a date line
 */
record PostedLines(List<String> texts) {

    /** Longer text is a paragraph of the article that mentions a publication, not a template's line. */
    private static final int MAX_LINE_CHARS = 300;

    /**
     * A template's block that opens with its posting line ("Dieser Beitrag wurde am … veröffentlicht und unter …
     * gespeichert. Sie können Kommentare … verfolgen.") runs on with its feed and trackback lines; opened by "this
     * post" it is no paragraph of the article, so it is read up to this length.
     */
    private static final int MAX_TEMPLATE_CHARS = 600;

    private static final Pattern TEMPLATE_OPENING = Pattern.compile(
            "(?:dieser|this)\\s+(?:beitrag|artikel|eintrag|entry|post|article)\\b");

    /** What is read after the posting words: the date follows them closely. */
    private static final int WINDOW_CHARS = 110;

    private static final int MAX_LINES = 3;

    private static final Pattern POSTING = Pattern.compile(
            "\\b(?:beitrag|artikel|eintrag|entry|post|article)\\b[^.!?]{0,40}?\\b(?:wurde|was)\\b"
                    + "|\\bwurde\\s+am\\b|\\bwas\\s+(?:posted|published|written)\\s+on\\b");

    private static final Pattern PUBLISHING_VERB = Pattern.compile(
            "\\b(?:veröffentlicht|gepostet|gebloggt|geschrieben|verfasst|erstellt|abgelegt|posted|published|written"
                    + "|filed)\\b");

    /** Class/id tokens of boxes whose lines are about other items. */
    private static final Set<String> OTHER_ITEMS = Set.of(
            "comment", "comments", "commentlist", "reply", "replies", "kommentare", "kommentar", "related");

    PostedLines {
        texts = List.copyOf(texts);
    }

    /** {@link #scan}, done once, when first asked: only pages with no other date need it. */
    static Supplier<PostedLines> lazy(Document page) {
        return new Once<>(() -> scan(page));
    }

    static PostedLines scan(Document page) {
        List<String> texts = new ArrayList<>();
        for (Element element : page.body().getAllElements()) {
            if (texts.size() >= MAX_LINES) {
                break;
            }
            // a wrapper's line is read where its words are; and element.text() is only built for an element whose
            // own words name a posting, so a page costs one pass over its own texts, not one per nesting level
            if (!POSTING.matcher(element.ownText().toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            String text = TextNormalizer.collapse(element.text());
            String lower = text.toLowerCase(Locale.ROOT);
            Matcher posting = POSTING.matcher(lower);
            boolean line = text.length() <= MAX_LINE_CHARS
                    || (text.length() <= MAX_TEMPLATE_CHARS && TEMPLATE_OPENING.matcher(lower).lookingAt());
            if (line && posting.find() && PUBLISHING_VERB.matcher(lower).find() && !aboutOtherItem(element)) {
                texts.add(text.substring(posting.start(), Math.min(text.length(), posting.start() + WINDOW_CHARS)));
            }
        }
        return new PostedLines(texts);
    }

    private static boolean aboutOtherItem(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.attributesSize() > 0 && ClassTokens.of(at).stream().anyMatch(OTHER_ITEMS::contains)) {
                return true;
            }
        }
        return false;
    }
}
