package io.newsflow.enrich.story;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 64-bit SimHash (Charikar 2002) of a text over overlapping word {@link #SHINGLE}-grams, lower-cased, so texts
 * that share most of their word sequences get fingerprints a few bits apart. Near-duplicate detection in the style of
 * Manku, Jain and Das Sarma (WWW 2007): two texts are near-duplicates when their fingerprints differ in at most k bits.
 */
public final class SimHash {

    /** Words per feature: three-word shingles tell reworded texts on one topic apart from copies of one text. */
    static final int SHINGLE = 3;

    private SimHash() {}

    /** The fingerprint of {@code text}; 0 for a text without words. */
    public static long of(String text) {
        List<String> words = words(text);
        long[] wordHashes = words.stream().mapToLong(SimHash::hash).toArray();
        int[] weights = new int[64];
        int features = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < features; i++) {
            long hash = shingleHash(wordHashes, i);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return words.isEmpty() ? 0 : fingerprint;
    }

    /** Bits in which two fingerprints differ. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** A shingle's hash from its words' hashes, order-sensitive ("a b c" ≠ "c b a"), finalised again. */
    private static long shingleHash(long[] wordHashes, int from) {
        long h = 0;
        for (int i = from; i < Math.min(wordHashes.length, from + SHINGLE); i++) {
            h = Long.rotateLeft(h, 23) ^ wordHashes[i];
        }
        return mix(h * 0x9e3779b97f4a7c15L);
    }

    /** FNV-1a over UTF-8 with a MurmurHash3 finaliser, so every bit of the 64 depends on every input byte. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's 64-bit finaliser. */
    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
