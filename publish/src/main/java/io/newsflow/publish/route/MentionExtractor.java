package io.newsflow.publish.route;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Mention;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One {@link Mention} per entity of an article, keyed by the entity's type and normalised name. */
public final class MentionExtractor {

    /** Punctuation and spaces between the words of a name; compiled once, it runs for every entity. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{Z}\\s]+");

    private MentionExtractor() {}

    /** The article's mentions, in the article's entity order. */
    public static List<Mention> mentions(Article article) {
        return article.getEntities().stream().map(entity -> mention(article, entity)).toList();
    }

    /** The record key of a mention: {@code PERSON:olaf scholz}. */
    public static String key(Mention mention) {
        return mention.getEntityType().name() + ":" + mention.getNormalisedName();
    }

    /** Lower case, runs of spaces and punctuation folded to one space: {@code "Kim  Jong-un"} → {@code kim jong un}. */
    public static String normalise(String name) {
        return SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static Mention mention(Article article, Entity entity) {
        return Mention.newBuilder()
                .setEntityType(entity.getType()).setEntityName(entity.getName())
                .setNormalisedName(normalise(entity.getName())).setAliases(entity.getAliases())
                .setArticleId(article.getId()).setUrl(article.getUrl()).setTitle(article.getTitle())
                .setPublishedAt(article.getPublishedAt()).setLanguage(article.getLanguage())
                .setMentions(entity.getMentions()).setFirstOffset(entity.getFirstOffset())
                .build();
    }
}
