package io.newsflow.enrich.story;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Story buckets in a map: for one run of the command line or a benchmark, where there is no Kafka Streams store.
 * Not thread-safe.
 */
public final class MemoryBucketStore implements StoryIndex.BucketStore {

    private final Map<String, String> buckets = new HashMap<>();

    @Override
    public @Nullable String get(String key) {
        return buckets.get(key);
    }

    @Override
    public void put(String key, String bucket) {
        buckets.put(key, bucket);
    }
}
