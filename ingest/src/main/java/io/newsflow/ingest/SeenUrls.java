package io.newsflow.ingest;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The normalised URLs this process has fetched or is fetching, so no pass fetches one twice. In memory for now. */
final class SeenUrls {

    private final Set<String> urls = ConcurrentHashMap.newKeySet();

    /** Marks {@code normalisedUrl} seen; false when it already was. */
    boolean add(String normalisedUrl) {
        return urls.add(normalisedUrl);
    }

    /** Unmarks a URL whose fetch was skipped, so a later pass fetches it. */
    void forget(String normalisedUrl) {
        urls.remove(normalisedUrl);
    }
}
