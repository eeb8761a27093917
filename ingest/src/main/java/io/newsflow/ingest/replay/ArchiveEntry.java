package io.newsflow.ingest.replay;

/**
 * One record read from an archive file, at {@link #position()}: where it starts (byte offset of the record, or of its
 * gzip member, in a WARC file; 1-based line number in a JSON Lines file).
 */
public sealed interface ArchiveEntry {

    /** Where the record starts in its file. */
    long position();

    /** A page to replay. */
    record Captured(long position, ArchivedPage page) implements ArchiveEntry {}

    /** A record that holds no page to replay, and why. */
    record Skipped(long position, RecordKind kind) implements ArchiveEntry {}

    /**
     * A record that could not be read.
     *
     * @param original the record's bytes as stored (compressed when the file is), possibly cut at a size cap; empty
     *     when none could be read
     * @param cause what failed
     */
    record Corrupt(long position, String detail, byte[] original, Exception cause) implements ArchiveEntry {}
}
