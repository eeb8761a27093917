package io.newsflow.ingest.fetch;

/**
 * Bytes read up to a cap.
 *
 * @param bytes what was read, at most the cap
 * @param truncated whether there was more than the cap
 */
record CappedBytes(byte[] bytes, boolean truncated) {

    static final CappedBytes EMPTY = new CappedBytes(new byte[0], false);
}
