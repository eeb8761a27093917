package io.newsflow.ingest.replay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a multi-member gzip file member by member, knowing where each starts and ends (which GZIPInputStream hides),
 * so a corrupt member is reported with its offset and reading resumes at the next member that decompresses.
 */
final class GzipMembers {

    /** Largest decompressed member accepted: far above any page, bounds memory for a corrupt length. */
    static final int MAX_MEMBER_BYTES = 64 * 1024 * 1024;

    private static final int CHUNK = 16 * 1024;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final FileChannel channel;

    GzipMembers(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * The member starting at {@code offset}.
     *
     * @throws CorruptMemberException when it is not a whole, valid gzip member
     */
    GzipMember read(long offset) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            long position = skipHeader(offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK * 4);
            CRC32 crc = new CRC32();
            position = inflate(offset, position, inflater, out, crc);
            ByteBuffer trailer = readFully(offset, position, 8);
            trailer.order(java.nio.ByteOrder.LITTLE_ENDIAN);
            if ((trailer.getInt(0) & 0xffffffffL) != crc.getValue() || trailer.getInt(4) != out.size()) {
                throw new CorruptMemberException(offset, "CRC or length mismatch");
            }
            return new GzipMember(offset, position + 8, out.toByteArray());
        } finally {
            inflater.end();
        }
    }

    /**
     * Where the next member that decompresses whole starts after a corrupt one at {@code offset}, or the file size when
     * none does.
     */
    long resync(long offset) throws IOException {
        long candidate = offset + 1;
        while ((candidate = nextMagic(candidate)) >= 0) {
            try {
                read(candidate);
                return candidate;
            } catch (CorruptMemberException e) {
                // a gzip magic number inside compressed data, not a member start: keep scanning
                candidate++;
            }
        }
        return channel.size();
    }

    private long inflate(long offset, long start, Inflater inflater, ByteArrayOutputStream out, CRC32 crc)
            throws IOException {
        byte[] input = new byte[CHUNK];
        byte[] output = new byte[CHUNK * 4];
        long position = start;
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    int read = channel.read(ByteBuffer.wrap(input), position);
                    if (read <= 0) {
                        throw new CorruptMemberException(offset, "unexpected end of file");
                    }
                    inflater.setInput(input, 0, read);
                    position += read;
                }
                int produced = inflater.inflate(output);
                crc.update(output, 0, produced);
                out.write(output, 0, produced);
                if (out.size() > MAX_MEMBER_BYTES || inflater.needsDictionary()) {
                    throw new CorruptMemberException(offset, "member larger than " + MAX_MEMBER_BYTES + " bytes");
                }
            }
        } catch (DataFormatException e) {
            throw new CorruptMemberException(offset, e);
        }
        return position - inflater.getRemaining();
    }

    private long skipHeader(long offset) throws IOException {
        ByteBuffer header = readFully(offset, offset, 10);
        if ((header.get(0) & 0xff) != 0x1f || (header.get(1) & 0xff) != 0x8b || header.get(2) != 8) {
            throw new CorruptMemberException(offset, "no gzip header");
        }
        int flags = header.get(3);
        long position = offset + 10;
        if ((flags & FEXTRA) != 0) {
            ByteBuffer length = readFully(offset, position, 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            position += 2 + (length.getShort(0) & 0xffff);
        }
        if ((flags & FNAME) != 0) {
            position = afterZero(offset, position);
        }
        if ((flags & FCOMMENT) != 0) {
            position = afterZero(offset, position);
        }
        return (flags & FHCRC) != 0 ? position + 2 : position;
    }

    private long afterZero(long offset, long from) throws IOException {
        long position = from;
        while (readFully(offset, position, 1).get(0) != 0) {
            position++;
        }
        return position + 1;
    }

    private long nextMagic(long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        for (long base = from; base < channel.size(); base += CHUNK - 2) {
            buffer.clear();
            int read = channel.read(buffer, base);
            for (int i = 0; i + 2 < read; i++) {
                if ((buffer.get(i) & 0xff) == 0x1f && (buffer.get(i + 1) & 0xff) == 0x8b && buffer.get(i + 2) == 8) {
                    return base + i;
                }
            }
        }
        return -1;
    }

    private ByteBuffer readFully(long offset, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) <= 0) {
                throw new CorruptMemberException(offset, "unexpected end of file");
            }
        }
        return buffer.flip();
    }
}
