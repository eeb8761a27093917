package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Whether an element is, or holds, what the page marks as the article ({@code <article>},
 * {@code itemprop=articleBody}), its headline ({@code <h1>}), its main landmark ({@code <main>}) or most of its running
 * text: a boilerplate-sounding class on such an element ({@code <div class="widget Blog">} around a blog post,
 * {@code <div class="with-sidebar">} around the whole page) must not hide the article. Most of the text counts only
 * where the page declares no article container or the text lies in or around it: a sidebar widget or a popup longer
 * than the article is still a side box.
 *
 * <p>One instance per page: on the first question it finds the markers in one pass and remembers them with their
 * ancestors, so each later question is a set lookup rather than a search of the element's subtree (a page asks it
 * of every navigation block, footer and teaser rail, often nested). The same pass counts the text outside links under
 * each element, which gives the smallest element holding most of the page's text.
 */
final class ArticleMarkers implements NodeFilter {

    /** Subtrees whose text is not page text. */
    private static final TokenSet TEXTLESS_TAGS = TokenSet.of(
            "textless tags", "script", "style", "noscript", "template", "svg", "head", "select", "option", "button");

    /** Class/id names of a reader's comment. */
    static final TokenSet COMMENT_TOKENS = TokenSet.of(
            "comment class/id names", "comment", "comments", "reply", "replies", "kommentar", "kommentare",
            "commentaires", "comentarios", "commenti");

    /**
     * Class/id names of a cookie or consent layer. Its legal text (a privacy centre's policy, thousands of characters)
     * can outweigh a short article, and is never the page's text. Not "cmp": Adobe's core components name every
     * container {@code cmp-container}, the article's too.
     */
    static final TokenSet CONSENT_TOKENS = TokenSet.of(
            "consent layer class/id names", "consent", "cookie", "cookies", "gdpr", "onetrust", "cookiebot",
            "usercentrics", "didomi", "sourcepoint");

    /** An element holds "most" of the page's text when it holds more than this share of the text outside links. */
    static final double MAIN_TEXT_SHARE = 0.5;

    /** Elements with less text than this are never candidates for the main text. */
    private static final int MIN_CLUSTER_CHARS = 200;

    private final Element root;
    /** Class names repeat on a page; the pass splits each class value once. */
    private final ClassTokens.Memo classNames = new ClassTokens.Memo();
    /** Whether the page's {@code og:type} says it is an article (so its comments are beside it, not its subject). */
    private final boolean articlePage;
    private @Nullable Set<Element> holders;
    private final List<Element> large = new ArrayList<>();
    private final List<Integer> largeChars = new ArrayList<>();
    private final List<int[]> open = new ArrayList<>();
    /**
     * The containers that declare the page's article: {@code itemprop=articleBody}, the main landmark, an
     * {@code <article>} around an {@code <h1>}, and the page's only {@code <article>} (added once the pass has counted
     * them).
     */
    private final List<Element> anchors = new ArrayList<>();
    private int articles;
    private @Nullable Element loneArticle;
    private int linkDepth;
    private int mainTextChars;
    private @Nullable Element mainText;
    private int rootChars;
    private int articleBodies;
    private int headlines;
    private int headlinesInArticle;

    ArticleMarkers(Element root) {
        this.root = root;
        Document page = root.ownerDocument();
        Element ogType = page == null ? null : page.selectFirst("meta[property=og:type]");
        this.articlePage = ogType != null && ogType.attr("content").strip().equalsIgnoreCase("article");
    }

    /**
     * Whether {@code element}, a descendant of the root (or the root), is or holds an article marker, the headline or
     * more than half of the page's text outside links.
     */
    boolean holdsArticle(Element element) {
        return holders().contains(element);
    }

    /** Characters of text outside links in the smallest element holding most of the page's text; 0 when none. */
    int mainTextChars() {
        holders();
        return mainTextChars;
    }

    /** The smallest element holding most of the page's text outside links, or null when none holds most of it. */
    @Nullable Element mainText() {
        holders();
        return mainText;
    }

    private Set<Element> holders() {
        if (holders == null) {
            holders = Collections.newSetFromMap(new IdentityHashMap<>());
            NodeTraversor.filter(this, root);
            markMainText();
        }
        return holders;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (linkDepth == 0 && !open.isEmpty()) {
                open.get(open.size() - 1)[0] += text.getWholeText().strip().length();
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        if (TEXTLESS_TAGS.contains(element.normalName()) || isCommentSection(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (isMarker(element) && element != root) {
            markWithAncestors(element);
            countDeclaration(element);
            addAnchor(element);
        } else if (isMain(element) && element != root) {
            // a layout class around the page's <main> ("container_wrap sidebar_right") names the layout, not a sidebar
            markWithAncestors(element);
            anchors.add(element);
        }
        linkDepth += element.normalName().equals("a") ? 1 : 0;
        open.add(new int[] {0, large.size()}); // its text so far, and where its large descendants begin
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            linkDepth -= element.normalName().equals("a") ? 1 : 0;
            int[] counts = open.remove(open.size() - 1);
            int chars = counts[0];
            if (element != root && chars >= MIN_CLUSTER_CHARS && isConsentLayer(element)) {
                // asked only of large elements, once their text is known: few on a page, unlike asking every element
                // on the way down. Neither the layer nor anything inside it is the page's text
                large.subList(counts[1], large.size()).clear();
                largeChars.subList(counts[1], largeChars.size()).clear();
                return FilterResult.CONTINUE;
            }
            if (!open.isEmpty()) {
                open.get(open.size() - 1)[0] += chars;
            }
            if (element == root) {
                rootChars = chars;
            } else if (chars >= MIN_CLUSTER_CHARS) {
                large.add(element);
                largeChars.add(chars);
            }
        }
        return FilterResult.CONTINUE;
    }

    /**
     * Elements holding more than half the text form one chain from the root down; all of it is protected. When the
     * smallest of them lies beside the page's declared article (a sidebar's text widget, a popup's text), it is
     * neither protected nor the page's main text, and the page has no main text cluster: the article container the
     * page declares is where its text is, and a long side box does not become the article by its length, nor make the
     * article look short beside it.
     */
    private void markMainText() {
        int total = rootChars;
        if (articles == 1 && loneArticle != null) {
            anchors.add(loneArticle); // a page's only <article> is its article, headline or not
        }
        boolean deepest = true;
        for (int i = 0; i < large.size(); i++) {
            if (largeChars.get(i) > total * MAIN_TEXT_SHARE) {
                boolean beside = besideDeclaredArticle(large.get(i));
                if (!beside) {
                    holders.add(large.get(i));
                }
                if (deepest && !beside) {
                    mainTextChars = largeChars.get(i); // the deepest closes first
                    mainText = large.get(i);
                }
                deepest = false;
            }
        }
        large.clear();
        largeChars.clear();
    }

    /**
     * Whether the markup declares one article: an {@code itemprop=articleBody}, or a single {@code <h1>} on the page
     * and it inside an {@code <article>}.
     */
    boolean declaresArticle() {
        holders();
        return articleBodies > 0 || (headlines == 1 && headlinesInArticle == 1);
    }

    private void countDeclaration(Element element) {
        if (!element.normalName().equals("h1")) {
            articleBodies += element.normalName().equals("article") ? 0 : 1;
            return;
        }
        headlines++;
        for (Element at = element.parent(); at != null; at = at.parent()) {
            if (at.normalName().equals("article")) {
                headlinesInArticle++;
                return;
            }
        }
    }

    /**
     * Records the containers that declare the article: an {@code itemprop=articleBody}, and the {@code <article>}
     * around an {@code <h1>} (found from the h1 up, so no subtree is searched); counts the articles.
     */
    private void addAnchor(Element marker) {
        if (!marker.normalName().equals("h1")) {
            if (!marker.normalName().equals("article")) {
                anchors.add(marker);
            } else if (articles++ == 0) {
                loneArticle = marker;
            }
            return;
        }
        for (Element at = marker.parent(); at != null && at != root; at = at.parent()) {
            if (at.normalName().equals("article")) {
                anchors.add(at);
            }
        }
    }

    /** Whether {@code element} neither holds nor lies in any container that declares the article (and there is one). */
    private boolean besideDeclaredArticle(Element element) {
        if (anchors.isEmpty()) {
            return false;
        }
        for (Element anchor : anchors) {
            if (ContentScorer.isWithin(anchor, element) || ContentScorer.isWithin(element, anchor)) {
                return false;
            }
        }
        return true;
    }

    private void markWithAncestors(Element element) {
        for (Element at = element; at != null && holders.add(at); at = at.parent()) {
            if (at == root) {
                break;
            }
        }
    }

    /**
     * Readers' comments ({@code <div id="comments">}) on a page that says it is an article ({@code og:type}): not the
     * page's text, so a long thread neither holds "most of the text" nor protects itself as the article. A forum
     * thread, whose posts are its text, says it is a website. A wrapper that holds the headline is the article's,
     * whatever its class ("post comments-open").
     */
    private boolean isCommentSection(Element element) {
        return articlePage && element != root && element.attributesSize() > 0
                && !DomRules.PROTECTED_TAGS.contains(element.normalName())
                && COMMENT_TOKENS.containsAny(classNames.names(element)) && element.selectFirst(Selectors.H1) == null;
    }

    /**
     * A cookie or consent layer ({@code <div id="onetrust-pc-sdk">}): neither the page's text nor an article to
     * protect. A wrapper that holds the headline is the page's, whatever its class.
     */
    private boolean isConsentLayer(Element element) {
        return element != root && element.attributesSize() > 0
                && !DomRules.PROTECTED_TAGS.contains(element.normalName())
                && CONSENT_TOKENS.containsAny(classNames.names(element)) && element.selectFirst(Selectors.H1) == null;
    }

    /** The page's main landmark: {@code <main>} or {@code role=main}. Protected, but declares no article. */
    private static boolean isMain(Element element) {
        return element.normalName().equals("main")
                || (element.attributesSize() > 0 && element.attr("role").equalsIgnoreCase("main"));
    }

    private boolean isMarker(Element element) {
        String tag = element.normalName();
        if (tag.equals("h1")) {
            return true;
        }
        if (tag.equals("article")) {
            // themes set each reader comment in an <article class="comment">: on an article page a comment, not the
            // article; a forum's posts ("ipsComment") are its text
            return !articlePage || !COMMENT_TOKENS.containsAny(classNames.names(element))
                    || element.selectFirst(Selectors.H1) != null;
        }
        if (element.attributesSize() == 0 || !element.hasAttr("itemprop")) {
            return false;
        }
        return element.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
    }
}
