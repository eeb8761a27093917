package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The posts of a thread (a forum topic, a live commentary): the best container is the text of one post, and the other
 * posts are its post's siblings that repeat its class ({@code <div class="topic-body crawler-post">} again and again).
 * Used by the thread pass only, on pages where no article was found outside comment containers.
 */
final class ThreadPosts {

    /** How far above the best container the post element may sit (text, body wrapper, post). */
    static final int MAX_LEVELS = 4;

    /** A thread has at least this many posts of one class. */
    static final int MIN_POSTS = 2;

    private ThreadPosts() {}

    /** The posts around the body's best container in document order, or the body's own roots when none repeat. */
    static List<Element> of(ContentScorer.Body body) {
        Element at = body.best();
        for (int level = 0; level < MAX_LEVELS && at.parent() != null && !isPageLevel(at.parent()); level++) {
            String post = at.className();
            if (!post.isBlank()) {
                List<Element> posts = new ArrayList<>();
                for (Element sibling : at.parent().children()) {
                    if (sibling.className().equals(post)) {
                        posts.add(sibling);
                    }
                }
                if (posts.size() >= MIN_POSTS) {
                    return posts;
                }
            }
            at = at.parent();
        }
        return body.roots();
    }

    private static boolean isPageLevel(Element element) {
        return element.normalName().equals("body") || element.normalName().equals("html");
    }
}
