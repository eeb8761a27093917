package io.newsflow.ingest.replay;

import java.io.IOException;

/** A gzip member that does not decompress whole (truncated, bad deflate data, wrong CRC or length). */
final class CorruptMemberException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long offset;

    CorruptMemberException(long offset, String problem) {
        super(problem + " in the gzip member at offset " + offset);
        this.offset = offset;
    }

    CorruptMemberException(long offset, Exception cause) {
        super(cause.getMessage() + " in the gzip member at offset " + offset, cause);
        this.offset = offset;
    }

    /** Where the member starts. */
    long offset() {
        return offset;
    }
}
