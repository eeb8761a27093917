package io.newsflow.enrich.story;

import java.util.List;

/**
 * The candidates one band bucket holds for an article: its members that pass {@link StoryRules#isCandidate}, oldest
 * first as stored. Sent back keyed by article id to the partition where the article waits.
 *
 * @param band the band index
 * @param candidates the candidates, possibly none
 */
record BandAnswer(int band, List<StoryMember> candidates) implements BandReply {

    BandAnswer {
        candidates = List.copyOf(candidates);
    }

    /** The band index on the first line, then one member a line. */
    @Override
    public String encode() {
        return band + "\n" + StoryMember.encode(candidates);
    }

    /**
     * Reads an answer written by {@link #encode}.
     *
     * @throws IllegalStateException when the text is not an answer
     */
    static BandAnswer decode(String text) {
        int newline = text.indexOf('\n');
        try {
            int band = Integer.parseInt(newline < 0 ? text : text.substring(0, newline));
            return new BandAnswer(band, newline < 0 ? List.of() : StoryMember.decode(text.substring(newline + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("corrupt band answer: " + text, e);
        }
    }
}
