package io.newsflow.app.cli;

import io.newsflow.app.kafka.TopicReader;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;

/** The demo's second table: what publish wrote besides the articles topic (mentions, stories, routed topics). */
final class DemoTopics {

    private DemoTopics() {}

    /** Prints the records of the derived topics and of every routed topic under the pipeline's prefix. */
    static void print(PrintWriter out, Map<String, Object> client, Topics topics) {
        out.printf("  %-40s %6d%n", topics.mentions().name(), TopicReader.count(client, topics.mentions().name()));
        out.printf("  %-40s %6d%n", topics.stories().name(), TopicReader.count(client, topics.stories().name()));
        for (String routed : routedTopics(client, topics)) {
            out.printf("  %-40s %6d%n", routed, TopicReader.count(client, routed));
        }
        out.println();
    }

    /** Topics under the articles topic's prefix that are not the pipeline's own: those routes created. */
    static List<String> routedTopics(Map<String, Object> client, Topics topics) {
        String articles = topics.articles().name();
        String prefix = articles.substring(0, articles.indexOf('.') + 1);
        Set<String> own = topics.all().stream().map(Topic::name).collect(Collectors.toSet());
        try (Admin admin = Admin.create(client)) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(name -> name.startsWith(prefix) && !own.contains(name))
                    .sorted()
                    .toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list the topics of the embedded broker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        }
    }
}
