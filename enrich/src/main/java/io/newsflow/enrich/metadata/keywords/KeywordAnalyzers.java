package io.newsflow.enrich.metadata.keywords;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Lucene's analyzer (tokenizer, lower-casing, stop words, light stemming) per language, and the common news words
 * per language in stemmed form. Analyzers are thread-safe and built once: they hold their stop sets and stemmer
 * tables, a few hundred kilobytes in all.
 */
final class KeywordAnalyzers {

    private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = Map.of(
            "de", GermanAnalyzer::new,
            "en", () -> new EnglishAnalyzer(snowballStopWords("english_stop.txt")),
            "fr", FrenchAnalyzer::new,
            "es", SpanishAnalyzer::new,
            "it", ItalianAnalyzer::new,
            "nl", DutchAnalyzer::new,
            "pt", PortugueseAnalyzer::new);

    /**
     * The Snowball project's stop list: EnglishAnalyzer's own has 33 words and lets "than", "about" and "what" through
     * as keywords.
     */
    private static CharArraySet snowballStopWords(String resource) {
        try (java.io.Reader reader =
                IOUtils.getDecodingReader(SnowballFilter.class, resource, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene's " + resource, e);
        }
    }

    /** Languages with a list of common news words in {@code common-<lang>.txt}. */
    private static final List<String> COMMON_WORD_LANGUAGES = List.of("de", "en");

    private final Map<String, Analyzer> analyzers;
    private final Analyzer fallback = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private final Map<String, Set<String>> commonStems;

    KeywordAnalyzers() {
        this.analyzers = Map.copyOf(BY_LANGUAGE.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())));
        this.commonStems = Map.copyOf(COMMON_WORD_LANGUAGES.stream()
                .collect(java.util.stream.Collectors.toMap(lang -> lang, this::loadCommonStems)));
    }

    /** The analyzer for an ISO 639-1 code; languages without one get Unicode tokenizing and lower-casing only. */
    Analyzer forLanguage(String language) {
        return analyzers.getOrDefault(language == null ? "" : language.toLowerCase(Locale.ROOT), fallback);
    }

    /** Stems of the common news words of {@code language}, empty when there is no list. */
    Set<String> commonStems(String language) {
        return commonStems.getOrDefault(language == null ? "" : language, Set.of());
    }

    private Set<String> loadCommonStems(String language) {
        String resource = "common-" + language + ".txt";
        try (InputStream in = KeywordAnalyzers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> stems = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    stems.addAll(terms(forLanguage(language), line.strip()));
                }
            }
            if (stems.isEmpty()) {
                throw new IllegalStateException(resource + " holds no words");
            }
            return Set.copyOf(stems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail", e);
        }
        return terms;
    }
}
