package io.newsflow.ingest;

import io.newsflow.schemas.ArticleId;
import io.newsflow.schemas.avro.FetchState;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The URLs one pass has listed and requested, normalised, so that no URL is fetched twice in a pass: a redirect
 * target, an AMP page's canonical page or an {@code amphtml} alternate is requested only when no job of the pass
 * requested it yet and the seen-set does not know it under any name.
 */
final class PassUrls {

    private final FetchStates states;
    private final Set<String> listed = ConcurrentHashMap.newKeySet();
    private final Set<String> requested = ConcurrentHashMap.newKeySet();

    PassUrls(FetchStates states) {
        this.states = states;
    }

    /** Plans a listed URL; false when the pass listed it already. */
    boolean list(String normalised) {
        return listed.add(normalised);
    }

    /** Claims a listed URL for its own job; false when another job already requested it in this pass. */
    boolean claimListed(String normalised) {
        return requested.add(normalised);
    }

    /**
     * Claims a URL reached from another (redirect target, canonical page, AMP alternate); false when it was
     * requested in this pass or is known to the seen-set with a final outcome.
     */
    boolean claimReached(String url) {
        String normalised = normalise(url);
        FetchState known = states.get(normalised).orElse(null);
        if (known != null && known.getRetryAt() == null) {
            requested.add(normalised);
            return false;
        }
        return requested.add(normalised);
    }

    static String normalise(String url) {
        try {
            return ArticleId.normalise(url);
        } catch (IllegalArgumentException e) {
            return url; // not a valid article URL: the fetch of it fails and reports that; it is still claimed
        }
    }
}
