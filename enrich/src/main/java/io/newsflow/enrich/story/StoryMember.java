package io.newsflow.enrich.story;

import java.util.ArrayList;
import java.util.List;

/**
 * An article as remembered in a band bucket of the story store.
 *
 * @param id the article id
 * @param fingerprint its SimHash
 * @param clusterId the story cluster it was put in
 * @param time its publication (else fetch) time, epoch milliseconds; members older than the window are forgotten
 */
record StoryMember(String id, long fingerprint, String clusterId, long time) {

    /** Buckets are stored as text, one member a line: readable in a store dump and needing no schema. */
    static String encode(List<StoryMember> members) {
        StringBuilder out = new StringBuilder();
        for (StoryMember m : members) {
            out.append(m.id).append(' ').append(Long.toHexString(m.fingerprint)).append(' ')
                    .append(m.clusterId).append(' ').append(m.time).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads a bucket written by {@link #encode}.
     *
     * @throws IllegalStateException when a line is not a member: the store is corrupt, and guessing would merge stories
     */
    static List<StoryMember> decode(String bucket) {
        List<StoryMember> members = new ArrayList<>();
        for (String line : bucket.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(" ");
            if (f.length != 4) {
                throw new IllegalStateException("corrupt story bucket line: " + line);
            }
            members.add(new StoryMember(f[0], Long.parseUnsignedLong(f[1], 16), f[2], Long.parseLong(f[3])));
        }
        return members;
    }
}
