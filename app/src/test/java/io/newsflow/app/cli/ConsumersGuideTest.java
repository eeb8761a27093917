package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.Story;
import io.newsflow.schemas.avro.StoryMember;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** docs/consumers.md names only topics that {@link Topics} defines and fields the schemas have. */
class ConsumersGuideTest {

    private static final Pattern TOPIC_ROW = Pattern.compile("^\\| `(newsflow\\.[a-z-]+\\.v\\d+)`");
    private static final Pattern FIELD = Pattern.compile("`([a-z][A-Za-z]+)`");

    private final String guide = read();

    @Test
    void everyTopicInTheTopicTableIsInTopics() {
        Set<String> known = Topics.DEFAULT.all().stream().map(Topic::name).collect(Collectors.toSet());
        List<String> documented = guide.lines().map(TOPIC_ROW::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).toList();

        assertThat(documented).contains(Topics.DEFAULT.articles().name(), Topics.DEFAULT.mentions().name(),
                Topics.DEFAULT.stories().name());
        assertThat(known).containsAll(documented);
    }

    @Test
    void mentionAndStoryFieldsNamedInTheGuideExist() {
        assertThat(fieldsIn(section("## Mentions"))).isNotEmpty()
                .isSubsetOf(names(Mention.getClassSchema()));
        Set<String> storyFields = Stream.concat(names(Story.getClassSchema()).stream(),
                names(StoryMember.getClassSchema()).stream()).collect(Collectors.toSet());
        assertThat(fieldsIn(section("## Stories"))).isNotEmpty().isSubsetOf(storyFields);
    }

    private static Set<String> names(Schema schema) {
        return schema.getFields().stream().map(Schema.Field::name).collect(Collectors.toSet());
    }

    private static Set<String> fieldsIn(String text) {
        Matcher matcher = FIELD.matcher(text);
        Set<String> fields = new java.util.TreeSet<>();
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    /** The first paragraph of the section under {@code heading}. */
    private String section(String heading) {
        int start = guide.indexOf("\n" + heading + "\n");
        assertThat(start).as("docs/consumers.md has a section %s", heading).isPositive();
        int body = start + heading.length() + 3;
        return guide.substring(body, guide.indexOf("\n\n", body));
    }

    private static String read() {
        try {
            return Files.readString(Path.of("..", "docs", "consumers.md"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("docs/consumers.md is part of the repository", e);
        }
    }
}
