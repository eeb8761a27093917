package io.newsflow.enrich.story;

/**
 * What a band bucket sends to the gather step of an article, keyed by article id through the story-band-answers
 * repartition topic: the bucket's candidates for it ({@link BandAnswer}), a claim of an earlier pending near-duplicate
 * to be placed first ({@link Claim}), or the placement of a near-duplicate it agreed to wait for ({@link Preceded}).
 */
sealed interface BandReply permits BandAnswer, BandReply.Claim, BandReply.Preceded {

    /** The reply as text: the answers topic is internal and needs no schema. */
    String encode();

    /**
     * Reads a reply written by {@link #encode}.
     *
     * @throws IllegalStateException when the text is no reply
     */
    static BandReply decode(String text) {
        if (text.startsWith(Claim.TAG)) {
            String[] f = text.substring(Claim.TAG.length()).split(" ");
            if (f.length != 4) {
                throw new IllegalStateException("corrupt story claim: " + text);
            }
            try {
                return new Claim(Long.parseUnsignedLong(f[0], 16), Long.parseLong(f[1]), f[2], f[3]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("corrupt story claim: " + text, e);
            }
        }
        if (text.startsWith(Preceded.TAG)) {
            return new Preceded(StoryMember.parse(text.substring(Preceded.TAG.length())));
        }
        return BandAnswer.decode(text);
    }

    /**
     * A near-duplicate earlier in the (time, id) order was looked up in {@code bandKey} while the article under this
     * key was pending there: if that version still waits, it must wait for the claimer's placement too.
     *
     * @param fingerprint the fingerprint of the claimed version, which tells it from a later version of the article
     * @param time the time of the claimed version
     * @param claimerId the earlier article
     * @param bandKey the bucket that waits for the verdict
     */
    record Claim(long fingerprint, long time, String claimerId, String bandKey) implements BandReply {
        static final String TAG = "claim ";

        @Override
        public String encode() {
            return TAG + Long.toHexString(fingerprint) + ' ' + time + ' ' + claimerId + ' ' + bandKey;
        }
    }

    /**
     * A near-duplicate the article agreed to wait for (it accepted that one's claim) is placed.
     *
     * @param member that near-duplicate with its cluster
     */
    record Preceded(StoryMember member) implements BandReply {
        static final String TAG = "preceded ";

        @Override
        public String encode() {
            return TAG + member.line();
        }
    }
}
