package io.newsflow.enrich.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The part of an evaluation set an item belongs to. TUNE items may be studied when rules fail; MEASURE items are only
 * scored, so their figures estimate quality on pages nobody tuned for.
 */
public enum Split {
    TUNE,
    MEASURE;

    /**
     * The split of the item named {@code itemId}: MEASURE when the first hex digit of SHA-1 of its UTF-8 bytes is
     * 0-4 (about 5/16 of the items), TUNE otherwise. The id is the set's own item name (trafilatura and htmldate: the
     * file name; fundus: "country/Publisher"; WCXB: the 4-digit id).
     */
    public static Split of(String itemId) {
        return Character.digit(sha1Hex(itemId).charAt(0), 16) <= 4 ? MEASURE : TUNE;
    }

    /** SHA-1 of the id in hex, for ordering items deterministically ("the first N by sha1"). */
    public static String sha1Hex(String itemId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(itemId.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(Character.forDigit((b >>> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-1", e);
        }
    }
}
