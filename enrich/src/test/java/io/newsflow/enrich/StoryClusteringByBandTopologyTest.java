package io.newsflow.enrich;

import java.util.Map;

/** Every story clustering topology test again, with the clustering spread over partitions by band. */
class StoryClusteringByBandTopologyTest extends StoryClusteringTopologyTest {

    @Override
    EnrichConfig config() {
        return EnrichConfig.load(Map.of("enrich.story.by.band", "true"));
    }
}
