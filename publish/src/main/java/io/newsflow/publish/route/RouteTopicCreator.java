package io.newsflow.publish.route;

import java.util.Collection;

/**
 * Creates the topics routes write to before anything is written there, with the articles topic's settings
 * ({@link io.newsflow.schemas.Topics#routed}); brokers do not auto-create topics.
 */
@FunctionalInterface
public interface RouteTopicCreator {

    /**
     * Creates those of {@code topics} that do not exist yet and returns once they can take records.
     *
     * @throws IllegalStateException when the cluster refuses or cannot be reached
     */
    void createMissing(Collection<String> topics);
}
