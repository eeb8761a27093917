package io.newsflow.enrich.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The asker a question-and-answer page names in its question's signature line ("asked Aug 5, 2016 at 4:16 ewok
 * 4,701 gold badges", "asked 3 hours ago Jane Doe 111 silver badges"): the question opens the page as a thread's
 * first post does, so its asker is the page's author. The answers' and edits' lines ("answered ...", "edited ...")
 * credit other people and are marked as bylines too, often before the question's ("edited" first).
 */
final class QuestionAsker {

    /**
     * "asked", the date (a month and day with an optional year and time, or "n units ago"), taken whole, then the
     * asker's name: the words up to the first that opens with a digit (the reputation and badge counts after it). A
     * user name may hold digits ("user3080392").
     */
    private static final Pattern ASKED = Pattern.compile(
            "^asked\\s+(?>\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?(?:\\s+at\\s+\\d{1,2}:\\d{2})?"
                    + "|\\d+\\s+\\p{L}+\\s+ago)"
                    + "\\s+([^\\s\\d]\\S*(?:\\s+[^\\s\\d]\\S*)*?)(?=\\s+\\d|\\s*$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A longer name is text, not a user name. */
    private static final int MAX_NAME_CHARS = 40;

    private QuestionAsker() {}

    /** The asker of the first byline that is a question's signature line; empty when none is. */
    static List<String> of(List<String> bylines) {
        for (String byline : bylines) {
            Matcher asked = ASKED.matcher(TextNormalizer.collapse(byline));
            if (asked.find()) {
                String name = asked.group(1).strip();
                return name.isEmpty() || name.length() > MAX_NAME_CHARS ? List.of() : List.of(name);
            }
        }
        return List.of();
    }
}
