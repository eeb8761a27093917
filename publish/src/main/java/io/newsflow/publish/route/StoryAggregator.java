package io.newsflow.publish.route;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Story;
import io.newsflow.schemas.avro.StoryMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Folds articles into the story of their cluster and takes them out again. A new version of a member article replaces
 * the old member, so a correction does not grow the story.
 */
public final class StoryAggregator {

    private static final Comparator<StoryMember> SEEN_ORDER =
            Comparator.comparing(StoryMember::getFetchedAt).thenComparing(StoryMember::getArticleId);

    private StoryAggregator() {}

    /** The cluster an article belongs to: enrich's cluster id, or the article alone when it has none. */
    public static String clusterOf(Article article) {
        return article.getClusterId() != null ? article.getClusterId() : article.getId();
    }

    /** The story of a cluster before any article: no members. */
    public static Story empty() {
        return story("", List.of());
    }

    /** A story of the article alone, the unit that is merged into the cluster's story. */
    public static Story single(Article article) {
        StoryMember member = StoryMember.newBuilder()
                .setArticleId(article.getId()).setUrl(article.getUrl())
                .setSite(ArticleSite.of(article.getUrl()).orElse("")).setTitle(article.getTitle())
                .setPublishedAt(article.getPublishedAt()).setLanguage(article.getLanguage())
                .setFetchedAt(article.getFetchedAt()).setDuplicateOf(article.getDuplicateOf())
                .build();
        return story(clusterOf(article), List.of(member));
    }

    /** {@code story} with the members of {@code update} added, or replacing members of the same article. */
    public static Story merge(Story story, Story update) {
        Set<String> updated = update.getMembers().stream().map(StoryMember::getArticleId).collect(Collectors.toSet());
        List<StoryMember> members = new ArrayList<>(update.getMembers());
        story.getMembers().stream().filter(member -> !updated.contains(member.getArticleId())).forEach(members::add);
        return story(update.getClusterId(), members);
    }

    /**
     * {@code story} without the members of {@code removed}; null when none is left, which deletes the story (a
     * tombstone on the compacted stories topic).
     */
    public static @Nullable Story remove(Story story, Story removed) {
        Set<String> gone = removed.getMembers().stream().map(StoryMember::getArticleId).collect(Collectors.toSet());
        List<StoryMember> members = story.getMembers().stream().filter(m -> !gone.contains(m.getArticleId())).toList();
        return members.isEmpty() ? null : story(story.getClusterId(), members);
    }

    private static Story story(String clusterId, List<StoryMember> unordered) {
        List<StoryMember> members = unordered.stream().sorted(SEEN_ORDER).toList();
        return Story.newBuilder()
                .setClusterId(clusterId)
                .setMembers(members)
                .setFirstSeen(members.isEmpty() ? Instant.EPOCH : members.get(0).getFetchedAt())
                .setLastSeen(members.stream().map(StoryMember::getFetchedAt).max(Comparator.naturalOrder())
                        .orElse(Instant.EPOCH))
                .setSites(distinct(members.stream().map(StoryMember::getSite).toList()))
                .setLanguages(distinct(members.stream().map(StoryMember::getLanguage).toList()))
                .setSize(members.size())
                .build();
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).filter(v -> !v.isEmpty()).distinct().sorted().toList();
    }
}
