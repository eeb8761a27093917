package io.newsflow.ingest.replay;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a replay did.
 *
 * @param records records read, by what became of them (every kind present, zeros included)
 * @param files archive files read in this run
 * @param filesAlreadyDone files skipped because an earlier replay had finished them
 */
public record ReplayReport(Map<RecordKind, Long> records, int files, int filesAlreadyDone) {

    /** Copies the counts. */
    public ReplayReport {
        EnumMap<RecordKind, Long> all = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            all.put(kind, records.getOrDefault(kind, 0L));
        }
        records = java.util.Collections.unmodifiableMap(all);
    }

    /** Records of {@code kind}. */
    public long count(RecordKind kind) {
        return records.get(kind);
    }

    /** Records read, of every kind. */
    public long total() {
        return records.values().stream().mapToLong(Long::longValue).sum();
    }
}
