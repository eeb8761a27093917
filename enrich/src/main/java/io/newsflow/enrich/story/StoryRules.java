package io.newsflow.enrich.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The clustering rules, as pure functions of a fingerprint and the members of its band buckets: which bands an article
 * is looked up in, which members are candidates, where the article belongs, and how a bucket remembers it. The one
 * definition both the single {@link StoryIndex} and the partitioned band and gather steps of the topology use, so the
 * two place every article the same way.
 *
 * @param maxDistance most differing bits for two bodies to count as the same story (0..15)
 * @param window how long an article stays a candidate
 */
public record StoryRules(int maxDistance, Duration window) {

    /** Most members kept per bucket; the oldest go first. */
    static final int BUCKET_CAPACITY = 128;

    /** Checks the distance: the bands are {@code maxDistance + 1} slices of 64 bits, so at most 16. */
    public StoryRules {
        if (maxDistance < 0 || maxDistance > 15) {
            throw new IllegalArgumentException("maxDistance must be 0..15, got " + maxDistance);
        }
    }

    /** Bands a fingerprint is split into; two fingerprints within the distance agree on at least one (pigeonhole). */
    public int bands() {
        return maxDistance + 1;
    }

    /** "band:bits" for each band, in band order; bands are as equal in width as 64 bits allow. */
    public List<String> bandKeys(long fingerprint) {
        int bands = bands();
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            int from = band * 64 / bands;
            int to = (band + 1) * 64 / bands;
            long bits = (fingerprint >>> from) & (to - from == 64 ? -1L : (1L << (to - from)) - 1);
            keys.add(band + ":" + Long.toHexString(bits));
        }
        return keys;
    }

    /**
     * Whether a bucket member matters to the placement of an article: it is within the window, and it is an earlier
     * version of the article itself or a near-duplicate. Others are outside the window (only pruned when their bucket
     * is next rewritten) or another story.
     */
    boolean isCandidate(StoryMember member, String id, long fingerprint, long time) {
        return member.time() >= time - window.toMillis()
                && (member.id().equals(id) || SimHash.distance(member.fingerprint(), fingerprint) <= maxDistance);
    }

    /**
     * Where an article belongs, given the members of its band buckets in band order (each bucket oldest first, as
     * stored): the cluster of the nearest near-duplicate, else the cluster an earlier version of the article was put
     * in (a re-fetch keeps its cluster), else its own.
     */
    StoryIndex.Placement place(String id, long fingerprint, long time, List<StoryMember> members) {
        StoryMember nearest = null;
        String ownCluster = null;
        for (StoryMember m : members) {
            if (!isCandidate(m, id, fingerprint, time)) {
                continue;
            }
            if (m.id().equals(id)) {
                ownCluster = m.clusterId();
            } else if (nearest == null || closer(m, nearest, fingerprint)) {
                nearest = m;
            }
        }
        String cluster = nearest != null ? nearest.clusterId() : ownCluster != null ? ownCluster : id;
        return new StoryIndex.Placement(cluster, Optional.ofNullable(nearest).map(StoryMember::id));
    }

    /**
     * A bucket with {@code self} in it: an earlier entry of the same article and members older than the window go, the
     * rest is kept oldest first and capped at the {@value #BUCKET_CAPACITY} newest.
     */
    List<StoryMember> remember(List<StoryMember> bucket, StoryMember self) {
        List<StoryMember> members = new ArrayList<>(bucket);
        members.removeIf(m -> m.id().equals(self.id()) || m.time() < self.time() - window.toMillis());
        members.add(self);
        members.sort(Comparator.comparingLong(StoryMember::time));
        if (members.size() > BUCKET_CAPACITY) {
            members = members.subList(members.size() - BUCKET_CAPACITY, members.size());
        }
        return List.copyOf(members);
    }

    /**
     * Nearer wins; at the same distance the earlier article, the likelier original; at the same time the smaller id,
     * so the choice does not depend on the order the candidates came in (bands answer in any order when partitioned).
     */
    private static boolean closer(StoryMember candidate, StoryMember best, long fingerprint) {
        int a = SimHash.distance(candidate.fingerprint(), fingerprint);
        int b = SimHash.distance(best.fingerprint(), fingerprint);
        if (a != b) {
            return a < b;
        }
        return candidate.time() != best.time() ? candidate.time() < best.time()
                : candidate.id().compareTo(best.id()) < 0;
    }
}
