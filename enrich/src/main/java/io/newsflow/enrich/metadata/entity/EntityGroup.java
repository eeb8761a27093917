package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The mentions merged into one entity so far, while {@link EntityMerger} works. Not thread-safe; one per call. */
final class EntityGroup {

    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    final List<Mention> members = new ArrayList<>();
    final int[] evidence = new int[EntityType.values().length];
    @Nullable String gazetteerId;
    int mentions;
    int firstOffset = -1;
    int maxWords;

    private @Nullable List<String[]> nameParts;

    /** The spelling keys of the words of each surface form, computed once (the group must not change after). */
    List<String[]> nameParts() {
        if (nameParts == null) {
            List<String[]> parts = new ArrayList<>();
            surfaces.keySet().forEach(s -> parts.add(EntityMerger.spellingKey(s).split(" ")));
            nameParts = List.copyOf(parts);
        }
        return nameParts;
    }

    void add(Mention mention) {
        members.add(mention);
        surfaces.merge(mention.surface(), 1, Integer::sum);
        if (mention.type() != null) {
            int t = mention.type().ordinal();
            evidence[t] = Math.max(evidence[t], mention.evidence());
        }
        if (gazetteerId == null) {
            gazetteerId = mention.gazetteerId();
        }
        mentions++;
        firstOffset = earliest(firstOffset, mention.offset());
        maxWords = Math.max(maxWords, mention.words());
    }

    void absorb(EntityGroup other) {
        nameParts = null;
        members.addAll(other.members);
        other.surfaces.forEach((surface, count) -> surfaces.merge(surface, count, Integer::sum));
        for (int t = 0; t < evidence.length; t++) {
            evidence[t] = Math.max(evidence[t], other.evidence[t]);
        }
        if (gazetteerId == null) {
            gazetteerId = other.gazetteerId;
        }
        mentions += other.mentions;
        firstOffset = earliest(firstOffset, other.firstOffset);
        maxWords = Math.max(maxWords, other.maxWords);
    }

    /** The type with the strongest evidence, or null when there is none. */
    @Nullable EntityType type() {
        EntityType best = null;
        int strongest = Mention.NONE;
        for (EntityType type : EntityType.values()) {
            if (evidence[type.ordinal()] > strongest) {
                strongest = evidence[type.ordinal()];
                best = type;
            }
        }
        return best;
    }

    int strongestEvidence() {
        int strongest = Mention.NONE;
        for (int e : evidence) {
            strongest = Math.max(strongest, e);
        }
        return strongest;
    }

    private static int earliest(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }
}
