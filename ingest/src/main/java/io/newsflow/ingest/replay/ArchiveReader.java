package io.newsflow.ingest.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads the records of one archive file in order, in constant memory per record. */
public interface ArchiveReader {

    /**
     * Hands every record from {@code from} on to {@code sink}, a corrupt one as {@link ArchiveEntry.Corrupt}; reading
     * continues after it.
     *
     * @param from a position an earlier read reported (0 for the start)
     * @throws IOException when the file itself cannot be read
     */
    void read(long from, Consumer<ArchiveEntry> sink) throws IOException;

    /** Whether positions are line numbers (JSON Lines) rather than byte offsets (WARC). */
    default boolean linePositions() {
        return false;
    }

    /**
     * The reader for {@code file} by its name: {@code .warc[.gz]}, {@code .jsonl}/{@code .json}/{@code .ndjson}[.gz].
     */
    static ArchiveReader forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (plain.endsWith(".warc") || plain.endsWith(".arc.warc")) {
            return name.endsWith(".gz") ? new GzipWarcReader(file) : new PlainWarcReader(file);
        }
        if (plain.endsWith(".jsonl") || plain.endsWith(".ndjson") || plain.endsWith(".json")) {
            return new JsonLinesReader(file, name.endsWith(".gz"));
        }
        throw new IllegalArgumentException("not an archive newsflow can replay (.warc, .warc.gz, .jsonl, .jsonl.gz): "
                + file);
    }

    /** Whether {@code file} looks like an archive by its name. */
    static boolean isArchive(Path file) {
        try {
            forFile(file);
            return true;
        } catch (IllegalArgumentException e) {
            // not an archive: the caller skips it when walking a directory
            return false;
        }
    }
}
