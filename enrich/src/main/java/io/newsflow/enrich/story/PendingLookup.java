package io.newsflow.enrich.story;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An article looked up in a band bucket and not yet remembered there: the bucket's pending entry for it. It holds the
 * bucket's answer (the candidates among the bucket's members when it is sent) until the near-duplicates pending with
 * it are ordered: those earlier in the (time, id) order
 * ({@link #precedes}) must be remembered first ({@code awaitRemember}), those later were claimed and their verdict
 * is awaited ({@code awaitVerdict}). Those that accepted the claim wait for this article's placement
 * ({@code successors}), which the bucket sends them when the article is remembered.
 *
 * @param id the article
 * @param fingerprint its SimHash
 * @param time its time, epoch milliseconds
 * @param band the band of this bucket
 * @param answered whether the answer was sent
 * @param awaitRemember pending near-duplicates that come first, not yet remembered
 * @param awaitVerdict later pending near-duplicates claimed, verdict not yet back
 * @param successors near-duplicates that accepted this article's claim and wait for its placement
 */
record PendingLookup(String id, long fingerprint, long time, int band, boolean answered, Set<String> awaitRemember,
        Set<String> awaitVerdict, Set<String> successors) {

    PendingLookup {
        awaitRemember = Set.copyOf(awaitRemember);
        awaitVerdict = Set.copyOf(awaitVerdict);
        successors = Set.copyOf(successors);
    }

    /**
     * The total order of pending near-duplicates: the earlier time first, at the same time the smaller id. Every
     * bucket and gather step computes it alike from what the lookups carry, so two buckets never order a pair
     * differently, and an article only ever waits for articles earlier in it (or already placed): no cycle.
     */
    static boolean precedes(long time, String id, long otherTime, String otherId) {
        return time != otherTime ? time < otherTime : id.compareTo(otherId) < 0;
    }

    /** Whether the answer can go: no earlier near-duplicate unremembered, no verdict outstanding. */
    boolean ready() {
        return !answered && awaitRemember.isEmpty() && awaitVerdict.isEmpty();
    }

    PendingLookup asAnswered() {
        return new PendingLookup(id, fingerprint, time, band, true, awaitRemember, awaitVerdict, successors);
    }

    /** An earlier near-duplicate came while this answer is held: it is held for that one's remember too. */
    PendingLookup withAwaited(String earlierId) {
        return new PendingLookup(id, fingerprint, time, band, answered, with(awaitRemember, earlierId), awaitVerdict,
                successors);
    }

    /** An awaited near-duplicate was remembered in the bucket. */
    PendingLookup withRemembered(String rememberedId) {
        return new PendingLookup(id, fingerprint, time, band, answered, without(awaitRemember, rememberedId),
                awaitVerdict, successors);
    }

    /** A claimed article accepted: it waits for this one, which tells it when remembered. */
    PendingLookup withAccepted(String claimedId) {
        return new PendingLookup(id, fingerprint, time, band, answered, awaitRemember, without(awaitVerdict, claimedId),
                with(successors, claimedId));
    }

    /** A claimed article refused (already placed): it comes first, and is awaited if not yet remembered here. */
    PendingLookup withRefused(String claimedId, boolean remembered) {
        return new PendingLookup(id, fingerprint, time, band, answered,
                remembered ? awaitRemember : with(awaitRemember, claimedId), without(awaitVerdict, claimedId),
                successors);
    }

    /** Four lines: the entry, then the three id sets, space-separated. */
    String encode() {
        return id + ' ' + Long.toHexString(fingerprint) + ' ' + time + ' ' + band + ' ' + answered + '\n'
                + String.join(" ", awaitRemember) + '\n' + String.join(" ", awaitVerdict) + '\n'
                + String.join(" ", successors);
    }

    /**
     * Reads an entry written by {@link #encode}.
     *
     * @throws IllegalStateException when the text is no entry: the store is corrupt
     */
    static PendingLookup decode(String text) {
        String[] lines = text.split("\n", -1);
        String[] f = lines[0].split(" ");
        if (lines.length != 4 || f.length != 5) {
            throw new IllegalStateException("corrupt pending story lookup: " + text);
        }
        try {
            return new PendingLookup(f[0], Long.parseUnsignedLong(f[1], 16), Long.parseLong(f[2]),
                    Integer.parseInt(f[3]), Boolean.parseBoolean(f[4]), ids(lines[1]), ids(lines[2]), ids(lines[3]));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("corrupt pending story lookup: " + text, e);
        }
    }

    private static Set<String> ids(String line) {
        return line.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(line.split(" ")));
    }

    private static Set<String> with(Set<String> ids, String id) {
        Set<String> more = new LinkedHashSet<>(ids);
        more.add(id);
        return more;
    }

    private static Set<String> without(Set<String> ids, String id) {
        Set<String> fewer = new LinkedHashSet<>(ids);
        fewer.remove(id);
        return fewer;
    }
}
