package io.newsflow.ingest.replay;

/**
 * One gzip member of a file, decompressed.
 *
 * @param offset where the member starts in the file
 * @param end where the next member starts
 * @param data the decompressed bytes
 */
record GzipMember(long offset, long end, byte[] data) {}
