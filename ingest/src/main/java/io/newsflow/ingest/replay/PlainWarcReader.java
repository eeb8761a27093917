package io.newsflow.ingest.replay;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads an uncompressed {@code .warc} file with jwarc. Positions are record offsets. Unlike a {@code .warc.gz} file,
 * an uncompressed one has no record boundary to find again after a bad length, so the first unreadable record is
 * reported as corrupt (with the rest of the file as its bytes, up to the cap) and reading of this file stops there.
 */
final class PlainWarcReader implements ArchiveReader {

    private final Path file;

    PlainWarcReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(long from, Consumer<ArchiveEntry> sink) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(from);
            long position = from;
            try (WarcReader reader = new WarcReader(channel)) {
                Optional<WarcRecord> record;
                while ((record = reader.next()).isPresent()) {
                    position = reader.position();
                    sink.accept(WarcRecords.entry(position, record.get()));
                    // a following failure is reported after this record
                    position++;
                }
            } catch (IOException | RuntimeException e) {
                // jwarc reports malformed headers, dates and URIs as unchecked exceptions too; all mean a corrupt
                // record
                String detail = "unreadable WARC record after offset " + (position - 1) + ": " + e.getMessage();
                sink.accept(new ArchiveEntry.Corrupt(position, detail,
                        GzipWarcReader.bytes(channel, position, channel.size()), e));
            }
        }
    }
}
