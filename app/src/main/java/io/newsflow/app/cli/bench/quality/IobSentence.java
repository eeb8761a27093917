package io.newsflow.app.cli.bench.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens of one sentence with IOB2 tags, turned into labelled spans: {@code B-PER I-PER} is one PER span. Tags of
 * other types (GermEval's OTH, PERderiv, LOCpart, ...) are not scored and end a span like O.
 */
final class IobSentence {

    private final List<String> tokens = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    void add(String token, String tag) {
        tokens.add(token);
        tags.add(tag);
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    List<String> tokens() {
        return tokens;
    }

    /** The scored spans over {@code offsets}: token i runs from offsets[2i] to offsets[2i+1]. */
    List<GoldSpan> spans(int[] offsets) {
        List<GoldSpan> spans = new ArrayList<>();
        String open = null;
        int start = -1;
        int end = -1;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String type = tag.length() > 2 ? tag.substring(2) : "";
            boolean inside = tag.startsWith("I-") && type.equals(open);
            if (!inside && open != null) {
                spans.add(new GoldSpan(start, end, open));
                open = null;
            }
            if (!inside && (tag.startsWith("B-") || tag.startsWith("I-")) && GoldSpan.TYPES.contains(type)) {
                open = type;
                start = offsets[2 * i];
            }
            end = offsets[2 * i + 1];
        }
        if (open != null) {
            spans.add(new GoldSpan(start, end, open));
        }
        return spans;
    }

    /** Token offsets when the tokens are joined as running text. */
    int[] joined(TokenText text) {
        int[] offsets = new int[2 * tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            offsets[2 * i] = text.add(tokens.get(i));
            offsets[2 * i + 1] = offsets[2 * i] + tokens.get(i).length();
        }
        return offsets;
    }
}
