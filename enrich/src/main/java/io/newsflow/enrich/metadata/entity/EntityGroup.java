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
    /** For each type, how many mentions give it with its strongest evidence: a tie in evidence goes to the most. */
    final int[] votes = new int[EntityType.values().length];
    @Nullable String gazetteerId;
    int mentions;
    int firstOffset = -1;
    int maxWords;

    private @Nullable List<String[]> nameParts;

    /** Whether a tie in evidence goes to the type more mentions give, else to the first type (person). */
    private final boolean majority;

    EntityGroup(boolean majority) {
        this.majority = majority;
    }

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
            vote(mention.type().ordinal(), mention.evidence(), 1);
        }
        if (gazetteerId == null) {
            gazetteerId = mention.gazetteerId();
        }
        mentions++;
        firstOffset = earliest(firstOffset, mention.offset());
        maxWords = Math.max(maxWords, mention.words());
    }

    /**
     * Takes the mentions of {@code other}; with {@code votes} false its mentions do not count in a tie of evidence (a
     * name merged into a person's is the person's, whatever the model typed it).
     */
    void absorb(EntityGroup other, boolean votes) {
        nameParts = null;
        members.addAll(other.members);
        other.surfaces.forEach((surface, count) -> surfaces.merge(surface, count, Integer::sum));
        for (int t = 0; t < evidence.length; t++) {
            vote(t, other.evidence[t], votes ? other.votes[t] : 0);
        }
        if (gazetteerId == null) {
            gazetteerId = other.gazetteerId;
        }
        mentions += other.mentions;
        firstOffset = earliest(firstOffset, other.firstOffset);
        maxWords = Math.max(maxWords, other.maxWords);
    }

    private void vote(int type, int strength, int count) {
        if (strength > evidence[type]) {
            evidence[type] = strength;
            votes[type] = count;
        } else if (strength == evidence[type]) {
            votes[type] += count;
        }
    }

    /**
     * The type with the strongest evidence, or null when there is none; between types with equally strong evidence
     * the one more mentions give ("NASA" typed an organisation five times by the model and once a person's).
     */
    @Nullable EntityType type() {
        EntityType best = null;
        int strongest = Mention.NONE;
        for (EntityType type : EntityType.values()) {
            int t = type.ordinal();
            if (evidence[t] > strongest
                    || majority && best != null && evidence[t] == strongest && votes[t] > votes[best.ordinal()]) {
                strongest = evidence[t];
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
