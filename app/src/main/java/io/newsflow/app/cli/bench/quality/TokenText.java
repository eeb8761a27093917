package io.newsflow.app.cli.bench.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins labelled tokens into running text as a news page would print it (no space before a comma or a closing
 * bracket, none after an opening one), remembering where each token starts: the recognizer reads text, not tokens.
 */
final class TokenText {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "%", "'s",
            "’s", "n't", "“", "'", "’");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "„", "‘", "$", "\n");

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> starts = new ArrayList<>();
    private String previous = "";

    /** Appends {@code token}; returns its start offset. */
    int add(String token) {
        if (!text.isEmpty() && !NO_SPACE_BEFORE.contains(token) && !NO_SPACE_AFTER.contains(previous)) {
            text.append(' ');
        }
        starts.add(text.length());
        text.append(token);
        previous = token;
        return starts.get(starts.size() - 1);
    }

    /**
     * Appends {@code token} with the spacing of the original text when the source keeps it (a space before it or
     * not); returns its start offset.
     */
    int add(String token, boolean spaceBefore) {
        if (spaceBefore && !text.isEmpty() && !previous.equals("\n")) {
            text.append(' ');
        }
        starts.add(text.length());
        text.append(token);
        previous = token;
        return starts.get(starts.size() - 1);
    }

    /** Ends a sentence of a multi-sentence document. */
    void newline() {
        if (!text.isEmpty()) {
            text.append('\n');
            previous = "\n";
        }
    }

    int start(int token) {
        return starts.get(token);
    }

    int end(int token, String tokenText) {
        return starts.get(token) + tokenText.length();
    }

    String text() {
        return text.toString();
    }
}
