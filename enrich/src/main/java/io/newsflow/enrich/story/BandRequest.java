package io.newsflow.enrich.story;

/**
 * What the gather step asks of a band bucket, keyed by the bucket's band key on the story-bands loop topic: look up the
 * candidates of an article, remember a placed article, or answer a claim (a {@link Verdict}). Both go through one topic
 * so that, for one bucket, they are read in the order they were written: an article placed before another was looked up
 * is seen by it.
 */
sealed interface BandRequest {

    /** The request as one line of text: the loop topic is internal and needs no schema. */
    String encode();

    /**
     * Reads a request written by {@link #encode}.
     *
     * @throws IllegalStateException when the text is neither request
     */
    static BandRequest decode(String text) {
        if (text.startsWith(Lookup.TAG)) {
            String[] f = text.substring(Lookup.TAG.length()).split(" ");
            if (f.length != 4) {
                throw new IllegalStateException("corrupt band lookup: " + text);
            }
            try {
                return new Lookup(f[0], Long.parseUnsignedLong(f[1], 16), Long.parseLong(f[2]), Integer.parseInt(f[3]));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("corrupt band lookup: " + text, e);
            }
        }
        if (text.startsWith(Remember.TAG)) {
            return new Remember(StoryMember.parse(text.substring(Remember.TAG.length())));
        }
        if (text.startsWith(Verdict.TAG)) {
            String[] f = text.substring(Verdict.TAG.length()).split(" ");
            if (f.length != 3 || !(f[2].equals("true") || f[2].equals("false"))) {
                throw new IllegalStateException("corrupt story verdict: " + text);
            }
            return new Verdict(f[0], f[1], Boolean.parseBoolean(f[2]));
        }
        throw new IllegalStateException("unknown band request: " + text);
    }

    /**
     * Find the candidates of an article in one of its band buckets.
     *
     * @param articleId the article looked up, the key of the answer
     * @param fingerprint its SimHash
     * @param time its publication (else fetch) time, epoch milliseconds
     * @param band the index of the band this request is for
     */
    record Lookup(String articleId, long fingerprint, long time, int band) implements BandRequest {
        static final String TAG = "lookup ";

        @Override
        public String encode() {
            return TAG + articleId + ' ' + Long.toHexString(fingerprint) + ' ' + time + ' ' + band;
        }
    }

    /**
     * Remember a placed article in one of its band buckets.
     *
     * @param member the article with the cluster it was put in
     */
    record Remember(StoryMember member) implements BandRequest {
        static final String TAG = "remember ";

        @Override
        public String encode() {
            return TAG + member.line();
        }
    }

    /**
     * The gather step's answer to a {@link BandReply.Claim}, sent back to the bucket that claimed.
     *
     * @param claimedId the article that was claimed
     * @param claimerId the earlier near-duplicate that claimed it
     * @param accepted true when the claimed version still waited and now waits for the claimer too; false when it was
     *     already placed, so the claimer comes after it
     */
    record Verdict(String claimedId, String claimerId, boolean accepted) implements BandRequest {
        static final String TAG = "verdict ";

        @Override
        public String encode() {
            return TAG + claimedId + ' ' + claimerId + ' ' + accepted;
        }
    }
}
