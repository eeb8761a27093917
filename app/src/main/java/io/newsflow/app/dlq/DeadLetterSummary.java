package io.newsflow.app.dlq;

import io.newsflow.schemas.avro.DeadLetter;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Dead letters counted by stage and reason, with the first and last failure time and how many were re-driven:
 * what {@code newsflow dlq list} prints. Fed one stored dead letter at a time.
 */
public final class DeadLetterSummary {

    private final Map<String, Group> groups = new TreeMap<>();
    private final Set<String> redriven = new HashSet<>();
    private final Map<String, String> groupOf = new java.util.HashMap<>();
    private int undecodable;

    /** One stage and reason. */
    public static final class Group {
        private int count;
        private int redriven;
        private Instant first = Instant.MAX;
        private Instant last = Instant.MIN;

        public int count() {
            return count;
        }

        public int redriven() {
            return redriven;
        }

        public Instant first() {
            return first;
        }

        public Instant last() {
            return last;
        }
    }

    /** Counts one record of the dead-letter topic. */
    public void add(StoredDeadLetter stored) {
        DeadLetter letter = stored.letter();
        if (letter == null) {
            undecodable++;
        } else if (RedriveMarker.isMarker(letter)) {
            redriven.add(letter.getSourcePartition() + ":" + letter.getSourceOffset());
        } else {
            String name = letter.getStage() + "/" + letter.getReason();
            Group group = groups.computeIfAbsent(name, key -> new Group());
            group.count++;
            group.first = letter.getFailedAt().isBefore(group.first) ? letter.getFailedAt() : group.first;
            group.last = letter.getFailedAt().isAfter(group.last) ? letter.getFailedAt() : group.last;
            groupOf.put(stored.coordinates(), name);
        }
    }

    /** The groups, keyed {@code stage/reason}, in name order; re-drive markers are counted into their groups. */
    public Map<String, Group> groups() {
        groups.values().forEach(group -> group.redriven = 0);
        redriven.forEach(coordinates -> {
            String name = groupOf.get(coordinates);
            if (name != null) {
                groups.get(name).redriven++;
            }
        });
        return groups;
    }

    /** Records on the topic that are not dead letters. */
    public int undecodable() {
        return undecodable;
    }
}
