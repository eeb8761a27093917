package io.newsflow.enrich.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the story an article belongs to among the articles seen before, and remembers the article.
 *
 * <p>Fingerprints are split into {@code maxDistance + 1} bands; two fingerprints at most {@code maxDistance} bits
 * apart agree exactly on at least one band (pigeonhole), so looking only in the article's own bucket of each band finds
 * every near-duplicate: O(bands) bucket reads, never a scan. Each bucket holds the {@link #BUCKET_CAPACITY} newest
 * members within the window, so the store is bounded by bands × 2^bits-per-band buckets.
 */
public final class StoryIndex {

    /** Most members kept per bucket; the oldest go first. */
    static final int BUCKET_CAPACITY = 128;

    private final BucketStore store;
    private final int maxDistance;
    private final long windowMillis;

    /**
     * An index over {@code store}.
     *
     * @param maxDistance most differing bits for two bodies to count as the same story (0..15)
     * @param window how long an article stays a candidate
     */
    public StoryIndex(BucketStore store, int maxDistance, Duration window) {
        if (maxDistance < 0 || maxDistance > 15) {
            throw new IllegalArgumentException("maxDistance must be 0..15, got " + maxDistance);
        }
        this.store = store;
        this.maxDistance = maxDistance;
        this.windowMillis = window.toMillis();
    }

    /** Where an article belongs: its cluster, and the earlier article it nearly duplicates, if any. */
    public Placement place(String id, long fingerprint, long time) {
        List<String> keys = bandKeys(fingerprint);
        StoryMember nearest = null;
        String ownCluster = null;
        for (String key : keys) {
            for (StoryMember m : bucket(key)) {
                if (m.time() < time - windowMillis) {
                    continue; // outside the window: only pruned when its bucket is next rewritten
                }
                if (m.id().equals(id)) {
                    ownCluster = m.clusterId(); // an update of this very article keeps its cluster
                } else if (SimHash.distance(m.fingerprint(), fingerprint) <= maxDistance
                        && (nearest == null || closer(m, nearest, fingerprint))) {
                    nearest = m;
                }
            }
        }
        String cluster = nearest != null ? nearest.clusterId() : ownCluster != null ? ownCluster : id;
        StoryMember self = new StoryMember(id, fingerprint, cluster, time);
        for (String key : keys) {
            remember(key, self);
        }
        return new Placement(cluster, Optional.ofNullable(nearest).map(StoryMember::id));
    }

    /** Nearer wins; at the same distance the earlier article, the likelier original. */
    private static boolean closer(StoryMember candidate, StoryMember best, long fingerprint) {
        int a = SimHash.distance(candidate.fingerprint(), fingerprint);
        int b = SimHash.distance(best.fingerprint(), fingerprint);
        return a != b ? a < b : candidate.time() < best.time();
    }

    private void remember(String key, StoryMember self) {
        List<StoryMember> members = new ArrayList<>(bucket(key));
        members.removeIf(m -> m.id().equals(self.id()) || m.time() < self.time() - windowMillis);
        members.add(self);
        members.sort(Comparator.comparingLong(StoryMember::time));
        if (members.size() > BUCKET_CAPACITY) {
            members = members.subList(members.size() - BUCKET_CAPACITY, members.size());
        }
        store.put(key, StoryMember.encode(members));
    }

    private List<StoryMember> bucket(String key) {
        String value = store.get(key);
        return value == null ? List.of() : StoryMember.decode(value);
    }

    /** "band:bits" for each band; bands are as equal in width as 64 bits allow. */
    List<String> bandKeys(long fingerprint) {
        int bands = maxDistance + 1;
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            int from = band * 64 / bands;
            int to = (band + 1) * 64 / bands;
            long bits = (fingerprint >>> from) & (to - from == 64 ? -1L : (1L << (to - from)) - 1);
            keys.add(band + ":" + Long.toHexString(bits));
        }
        return keys;
    }

    /** The key-value store buckets live in: a Kafka Streams store in the topology, a map in the command line. */
    public interface BucketStore {
        /** The bucket under {@code key}, null when empty. */
        @org.jspecify.annotations.Nullable
        String get(String key);

        /** Replaces the bucket under {@code key}. */
        void put(String key, String bucket);
    }

    /**
     * Where an article belongs.
     *
     * @param clusterId the story cluster: the id of the cluster's first article
     * @param duplicateOf the nearest earlier article within the distance, when there is one
     */
    public record Placement(String clusterId, Optional<String> duplicateOf) {}
}
