package io.newsflow.publish.route;

import io.newsflow.schemas.avro.Story;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Puts the lineage headers on story updates. A story has many articles, so it carries the route, versions, schema
 * fingerprint and the fetch time of its latest member, not one source.
 */
public final class StoryLineageProcessor extends ContextualProcessor<String, Story, String, Story> {

    /** The route name of the stories topic in the route-name header. */
    public static final String ROUTE = "stories";

    private final Lineage lineage;

    /** A processor adding {@code lineage}'s headers. */
    public StoryLineageProcessor(Lineage lineage) {
        this.lineage = lineage;
    }

    @Override
    public void process(Record<String, Story> record) {
        Story story = record.value();
        context().forward(record.withHeaders(lineage.of(ROUTE, Story.getClassSchema(),
                story == null ? null : story.getLastSeen())));
    }
}
