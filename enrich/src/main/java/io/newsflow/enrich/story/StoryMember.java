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
            out.append(m.line()).append('\n');
        }
        return out.toString();
    }

    /** The member as one line: id, fingerprint (hex), cluster id and time, separated by spaces. */
    String line() {
        return id + ' ' + Long.toHexString(fingerprint) + ' ' + clusterId + ' ' + time;
    }

    /**
     * Reads a bucket written by {@link #encode}.
     *
     * @throws IllegalStateException when a line is not a member: the store is corrupt, and guessing would merge stories
     */
    static List<StoryMember> decode(String bucket) {
        List<StoryMember> members = new ArrayList<>();
        for (String line : bucket.split("\n")) {
            if (!line.isEmpty()) {
                members.add(parse(line));
            }
        }
        return members;
    }

    /**
     * Reads a line written by {@link #line}.
     *
     * @throws IllegalStateException when the line is not a member
     */
    static StoryMember parse(String line) {
        String[] f = line.split(" ");
        if (f.length != 4) {
            throw new IllegalStateException("corrupt story member line: " + line);
        }
        try {
            return new StoryMember(f[0], Long.parseUnsignedLong(f[1], 16), f[2], Long.parseLong(f[3]));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("corrupt story member line: " + line, e);
        }
    }
}
