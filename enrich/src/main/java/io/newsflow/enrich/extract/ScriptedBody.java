package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The article text a page ships only inside a script: single-page applications render the article in the browser from
 * the data their server embeds (a framework's hydration state, {@code window.__STATE__ = {...}}, streamed component
 * payloads), so the served markup holds a header and an empty container. The data holds the body as an HTML string,
 * found by its paragraphs and decoded, or as a tree of typed rich-text nodes ({@link RichTextTree}), rendered to
 * markup; either is read as a page of its own. Tried only when the markup gave no article,
 * so a page that renders on the server, and also embeds its data, is read from its markup.
 */
final class ScriptedBody {

    /** A string shorter than this is a teaser or a caption, not an article body. */
    private static final int MIN_HTML_CHARS = 300;

    /** Paragraph tags a string must hold to be an article's markup. */
    private static final int MIN_PARAGRAPHS = 3;

    /** Strings escaped inside strings (a JSON document inside a script's string) are decoded at most this deep. */
    private static final int MAX_ESCAPE_DEPTH = 3;

    private ScriptedBody() {}

    /**
     * {@code found} when it has an article's words or the page declares no article; else the body read from the
     * page's scripts, when that has more than twice the words. Only a declared article is looked for there: the data
     * of a shop or an app holds help texts and product copy as HTML too.
     */
    static ExtractedBody apply(ExtractedBody found, Document page, boolean declared, @Nullable String title,
            @Nullable String description, List<String> leads) {
        int foundWords = ArticleWords.count(found.blocks(), Integer.MAX_VALUE);
        if (!declared || foundWords >= PageClassifier.MIN_ARTICLE_WORDS) {
            return found;
        }
        String html = mostRelevant(candidates(page), HeadingAgreement.topicWords(title, description));
        if (html == null) {
            return found;
        }
        Document scripted = Parser.parseBodyFragment(html, page.location());
        ExtractedBody body = BodyPasses.find(scripted, description, leads, new ArticleMarkers(scripted.body()));
        return ArticleWords.count(body.blocks(), Integer.MAX_VALUE) > foundWords * 2 ? body : found;
    }

    /** Every article-like markup in the page's scripts: HTML strings and rendered rich-text trees. */
    private static List<String> candidates(Document page) {
        List<String> candidates = new ArrayList<>();
        for (Element script : page.getElementsByTag("script")) {
            String type = script.attr("type");
            if (type.contains("ld+json") || script.hasAttr("src")) {
                continue; // JSON-LD's articleBody is read as declared text elsewhere
            }
            String data = script.data();
            if (data.length() < MIN_HTML_CHARS) {
                continue;
            }
            candidates.addAll(htmlStrings(data, 0));
            if (RichTextTree.mayHold(data)) {
                candidates.addAll(RichTextTree.bodies(data, page.location()));
            }
        }
        return candidates;
    }

    /**
     * The candidate holding the largest share of the headline's and description's words, the longest among equals:
     * a page's data holds the bodies of related articles too, often longer than its own.
     */
    private static @Nullable String mostRelevant(List<String> candidates, Set<String> keyWords) {
        String best = null;
        int bestShared = -1;
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            int shared = 0;
            for (String word : keyWords) {
                shared += lower.contains(word) ? 1 : 0;
            }
            if (shared > bestShared || shared == bestShared && candidate.length() > best.length()) {
                best = candidate;
                bestShared = shared;
            }
        }
        return best;
    }

    /** The string literals in {@code code} that are markup (open with a tag) holding paragraphs, decoded. */
    private static List<String> htmlStrings(String code, int depth) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            int open = code.indexOf('"', i);
            if (open < 0) {
                break;
            }
            int close = closingQuote(code, open + 1);
            if (close < 0) {
                break;
            }
            if (close - open > MIN_HTML_CHARS) {
                String decoded = unescape(code, open + 1, close);
                // a JSON document held in a string (a streamed payload) holds the markup in a string of its own
                List<String> inner = depth < MAX_ESCAPE_DEPTH && decoded.indexOf('"') >= 0
                        ? htmlStrings(decoded, depth + 1) : List.of();
                if (!inner.isEmpty()) {
                    found.addAll(inner);
                } else if (decoded.stripLeading().startsWith("<") && paragraphs(decoded) >= MIN_PARAGRAPHS) {
                    found.add(decoded);
                }
            }
            i = close + 1;
        }
        return found;
    }

    /** The index of the quote that ends the string starting at {@code from}, or -1. */
    private static int closingQuote(String code, int from) {
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            } else if (c == '\n') {
                return -1; // JSON and JavaScript strings do not span lines: this quote was not a string's
            }
        }
        return -1;
    }

    private static int paragraphs(String html) {
        int count = 0;
        for (int at = html.indexOf("<p"); at >= 0 && count < MIN_PARAGRAPHS; at = html.indexOf("<p", at + 2)) {
            char next = at + 2 < html.length() ? html.charAt(at + 2) : ' ';
            count += next == '>' || next == ' ' ? 1 : 0;
        }
        return count;
    }

    /** A JSON/JavaScript string literal's text: {@code \n}, {@code \"}, {@code \/}, {@code \u003c} and the like. */
    private static String unescape(String code, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                out.append(c);
                continue;
            }
            char e = code.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b', 'f' -> out.append(' ');
                case 'u' -> {
                    if (i + 4 < to && isHex(code, i + 1, i + 5)) {
                        out.append((char) Integer.parseInt(code.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(e); // \" \\ \/ \'
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
