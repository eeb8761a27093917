package io.newsflow.enrich.clean;

import io.newsflow.enrich.metadata.DetectedLanguage;
import io.newsflow.enrich.metadata.dates.DateMentionFinder;
import io.newsflow.enrich.metadata.entity.EntityRecognizer;
import io.newsflow.enrich.metadata.entity.RecognizedEntity;
import io.newsflow.enrich.metadata.keywords.KeywordExtractor;
import io.newsflow.enrich.metadata.language.LanguageDetector;
import io.newsflow.enrich.metadata.quotes.QuoteFinder;
import io.newsflow.enrich.metadata.source.DatelineFinder;
import io.newsflow.enrich.metadata.source.NewsAgencies;
import io.newsflow.schemas.avro.DateMention;
import io.newsflow.schemas.avro.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The text-metadata functions {@link ArticleEnricher} calls, one per output field. A record of functions so that
 * each runs isolated ({@link IsolatedSteps}) and a test can replace one with a failing step.
 *
 * @param language language of title + body
 * @param entities people, organisations and places of (title, body, language)
 * @param dates dates mentioned in the body, resolved against the publication day
 * @param quotes direct quotations in the body, with the persons found as speaker candidates
 * @param keywords keywords of (title, body, language)
 * @param dateline the dateline at the start of the body
 * @param agencies the news agencies credited in the body, agency note, authors and credits
 */
public record MetadataSteps(
        Function<String, Optional<DetectedLanguage>> language,
        TextStep<List<RecognizedEntity>> entities,
        BiFunction<String, LocalDate, List<DateMention>> dates,
        BiFunction<String, List<String>, List<Quote>> quotes,
        TextStep<List<String>> keywords,
        Function<String, Optional<DatelineFinder.Dateline>> dateline,
        Function<List<String>, List<String>> agencies) {

    /** A step over an article's title, body and language. */
    @FunctionalInterface
    public interface TextStep<T> {
        /** The step's result for one article. */
        T apply(String title, String body, @Nullable String language);
    }

    /** The production steps; loads every model (language among {@code languages}, entities, keywords, agencies). */
    public static MetadataSteps load(List<String> languages) {
        LanguageDetector detector = new LanguageDetector(languages);
        EntityRecognizer recognizer = new EntityRecognizer();
        KeywordExtractor keywords = new KeywordExtractor();
        NewsAgencies agencies = new NewsAgencies();
        return new MetadataSteps(detector::detect, recognizer::recognize, DateMentionFinder::find, QuoteFinder::find,
                keywords::extract, DatelineFinder::find, agencies::find);
    }
}
