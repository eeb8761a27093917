package io.newsflow.enrich.metadata.quotes;

import io.newsflow.schemas.avro.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds direct quotations in a text with their speaker. A quotation is at least {@link #MIN_WORDS} words between a
 * pair of quotation marks ({@link QuoteMarks}); shorter quoted words ("„streng“", "so-called "experts"") are scare
 * quotes or titles, not statements.
 */
public final class QuoteFinder {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");


    /** Fewest words a quotation has. */
    static final int MIN_WORDS = 4;

    /** Longest quotation looked for, in characters; an unclosed mark must not swallow the rest of the text. */
    static final int MAX_CHARS = 1500;

    private QuoteFinder() {}

    /**
     * The quotations in {@code text}, in text order.
     *
     * @param knownPersons names of people the article mentions (canonical forms, e.g. from entity recognition),
     *     preferred as speakers over names found by capitalisation; may be empty
     */
    public static List<Quote> find(String text, List<String> knownPersons) {
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char open = text.charAt(i);
            Set<Character> closers = QuoteMarks.CLOSERS.get(open);
            if (closers == null || (open == '‘' && i > 0 && Character.isLetter(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int close = closing(text, i + 1, closers);
            if (close < 0) {
                i++;
                continue;
            }
            String quoted = text.substring(i + 1, close).strip();
            if (WHITESPACE.split(quoted).length >= MIN_WORDS) {
                String speaker = SpeakerFinder.find(text, i, close + 1, knownPersons).orElse(null);
                quotes.add(new Quote(quoted, speaker, i));
            }
            i = close + 1;
        }
        return quotes;
    }

    /** The index of the closing mark, skipping apostrophes inside words ("Pekings", "don’t"); -1 when unclosed. */
    private static int closing(String text, int from, Set<Character> closers) {
        int stop = Math.min(text.length(), from + MAX_CHARS);
        for (int j = from; j < stop; j++) {
            char c = text.charAt(j);
            if (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                return -1; // a quote does not run over a paragraph break unclosed
            }
            boolean apostrophe = (c == '’' || c == '‘')
                    && j + 1 < text.length()
                    && Character.isLetter(text.charAt(j + 1))
                    && Character.isLetter(text.charAt(j - 1));
            if (closers.contains(c) && !apostrophe) {
                return j;
            }
        }
        return -1;
    }
}
