package io.newsflow.ingest.replay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads a {@code .warc.gz} file laid out as Common Crawl's (one gzip member per record). Positions are member
 * offsets, as in CDX indexes. A member that does not decompress, or whose records do not parse, is one corrupt entry
 * holding its compressed bytes; reading resumes at the next member that decompresses.
 */
final class GzipWarcReader implements ArchiveReader {

    /** Most original bytes a corrupt entry keeps: dead letters must fit the dead-letter topic's record size. */
    static final int MAX_ORIGINAL_BYTES = 4 * 1024 * 1024;

    private final Path file;

    GzipWarcReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(long from, Consumer<ArchiveEntry> sink) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            GzipMembers members = new GzipMembers(channel);
            long position = from;
            while (position < channel.size()) {
                position = readMember(channel, members, position, sink);
            }
        }
    }

    private long readMember(FileChannel channel, GzipMembers members, long offset, Consumer<ArchiveEntry> sink)
            throws IOException {
        GzipMember member;
        try {
            member = members.read(offset);
        } catch (CorruptMemberException e) {
            long next = members.resync(offset);
            sink.accept(new ArchiveEntry.Corrupt(offset, e.getMessage(), bytes(channel, offset, next), e));
            return next;
        }
        List<ArchiveEntry> entries;
        try {
            entries = parse(member);
        } catch (IOException | RuntimeException e) {
            // jwarc reports malformed headers, dates and URIs as unchecked exceptions too; all mean a corrupt record
            String detail = "unreadable WARC record in the gzip member at offset " + offset + ": " + e.getMessage();
            sink.accept(new ArchiveEntry.Corrupt(offset, detail, bytes(channel, offset, member.end()), e));
            return member.end();
        }
        entries.forEach(sink);
        return member.end();
    }

    /** Every record of the member; all of them or none, so a bad length anywhere in it makes the member corrupt. */
    private static List<ArchiveEntry> parse(GzipMember member) throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>(1);
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(member.data()))) {
            Optional<WarcRecord> record;
            while ((record = reader.next()).isPresent()) {
                entries.add(WarcRecords.entry(member.offset(), record.get()));
            }
        }
        if (entries.isEmpty()) {
            throw new IOException("no WARC record");
        }
        return entries;
    }

    static byte[] bytes(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(MAX_ORIGINAL_BYTES, Math.max(0, to - from)));
        while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) > 0) {
            // read until full or the end of the file
        }
        return buffer.array();
    }
}
