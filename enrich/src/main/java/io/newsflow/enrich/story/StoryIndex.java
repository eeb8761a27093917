package io.newsflow.enrich.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the story an article belongs to among the articles seen before, and remembers the article, in one bucket
 * store: for one run of the command line or a benchmark. The topology spreads the same {@link StoryRules} over
 * partitions (see {@link StoryClustering}).
 *
 * <p>Fingerprints are split into {@code maxDistance + 1} bands; two fingerprints at most {@code maxDistance} bits
 * apart agree exactly on at least one band (pigeonhole), so looking only in the article's own bucket of each band finds
 * every near-duplicate: O(bands) bucket reads, never a scan. Each bucket holds the {@value StoryRules#BUCKET_CAPACITY}
 * newest members within the window, so the store is bounded by bands × 2^bits-per-band buckets.
 */
public final class StoryIndex {

    private final BucketStore store;
    private final StoryRules rules;

    /**
     * An index over {@code store}.
     *
     * @param maxDistance most differing bits for two bodies to count as the same story (0..15)
     * @param window how long an article stays a candidate
     */
    public StoryIndex(BucketStore store, int maxDistance, Duration window) {
        this.store = store;
        this.rules = new StoryRules(maxDistance, window);
    }

    /** Where an article belongs: its cluster, and the earlier article it nearly duplicates, if any. */
    public Placement place(String id, long fingerprint, long time) {
        List<String> keys = rules.bandKeys(fingerprint);
        List<StoryMember> members = new ArrayList<>();
        for (String key : keys) {
            members.addAll(bucket(key));
        }
        Placement placement = rules.place(id, fingerprint, time, members);
        StoryMember self = new StoryMember(id, fingerprint, placement.clusterId(), time);
        for (String key : keys) {
            store.put(key, StoryMember.encode(rules.remember(bucket(key), self)));
        }
        return placement;
    }

    private List<StoryMember> bucket(String key) {
        String value = store.get(key);
        return value == null ? List.of() : StoryMember.decode(value);
    }

    /** "band:bits" for each band. */
    List<String> bandKeys(long fingerprint) {
        return rules.bandKeys(fingerprint);
    }

    /** The key-value store buckets live in: a map in the command line and benchmarks. */
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
