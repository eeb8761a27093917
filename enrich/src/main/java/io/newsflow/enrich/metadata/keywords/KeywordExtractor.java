package io.newsflow.enrich.metadata.keywords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The most characteristic terms and two-word phrases of an article. Title and body go through Lucene's analyzer for
 * the article's language (stop words out, light stemming, so "Sanktionen" and "Sanktion" count together); a term
 * scores by its frequency, {@link #TITLE_WEIGHT} times more in the title, and {@link #COMMON_WEIGHT} times less when
 * it is a common news word ("sagte", "Jahr", "percent"). A phrase is two adjacent words (or a hyphenated pair, which
 * Lucene's tokenizer splits) seen together at least twice.
 * Each term is given back in its most frequent surface form ("Nordkorea", not "nordkorea").
 */
public final class KeywordExtractor {

    /** Most keywords returned. */
    public static final int MAX_KEYWORDS = 12;

    static final double TITLE_WEIGHT = 3.0;
    static final double COMMON_WEIGHT = 0.2;
    /** Phrases are worth more than either word alone, since they are rarer and more specific. */
    static final double PHRASE_WEIGHT = 1.5;
    /** German nouns are capitalised: a lower-case German word (verb, adjective, adverb) rarely names the subject. */
    static final double NON_NOUN_WEIGHT = 0.5;
    /** Least score a keyword has: a word used once in the body is no keyword. */
    static final double MIN_SCORE = 2.0;
    static final int MIN_TERM_CHARS = 3;

    private final KeywordAnalyzers analyzers = new KeywordAnalyzers();

    /** The keywords of an article, most characteristic first; at most {@link #MAX_KEYWORDS}. */
    public List<String> extract(String title, String body, String language) {
        Map<String, Candidate> candidates = new HashMap<>();
        collect(title, language, TITLE_WEIGHT, candidates);
        collect(body, language, 1.0, candidates);
        Set<String> common = analyzers.commonStems(language);
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.forEach(c -> c.score *=
                (c.isCommon(common) ? COMMON_WEIGHT : 1.0) * (c.isGermanNonNoun(language) ? NON_NOUN_WEIGHT : 1.0));
        ranked.removeIf(c -> c.score < MIN_SCORE || (c.isPhrase() && c.count < 2) || c.isFragment(language));
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.key));
        List<String> keywords = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Candidate candidate : ranked) {
            if (keywords.size() == MAX_KEYWORDS) {
                break;
            }
            if (!candidate.isPhrase() && covered.contains(candidate.key)) {
                continue; // "Kim" after "Kim Jong" was chosen says nothing new
            }
            String surface = candidate.surface();
            if (keywords.stream().noneMatch(k -> k.equalsIgnoreCase(surface))) {
                keywords.add(surface);
                covered.addAll(List.of(candidate.key.split(" ")));
            }
        }
        return keywords;
    }

    private void collect(String text, String language, double weight, Map<String, Candidate> candidates) {
        try (TokenStream stream = analyzers.forLanguage(language).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            String previous = null;
            int previousStart = -1;
            int previousEnd = -1;
            while (stream.incrementToken()) {
                String stem = term.toString();
                boolean usable = stem.length() >= MIN_TERM_CHARS && !stem.chars().allMatch(Character::isDigit);
                int start = offset.startOffset();
                if (usable) {
                    add(candidates, stem, text.substring(start, offset.endOffset()), weight);
                    boolean adjacent = previous != null && increment.getPositionIncrement() == 1
                            && isJoiner(text.substring(previousEnd, start));
                    if (adjacent) {
                        add(candidates, previous + " " + stem, text.substring(previousStart, offset.endOffset()),
                                weight * PHRASE_WEIGHT);
                    }
                }
                previous = usable ? stem : null;
                previousStart = start;
                previousEnd = offset.endOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail", e);
        }
    }

    /** Words separated by space or a hyphen are one phrase: "reading garden", "Ukraine-Krieg". */
    private static boolean isJoiner(String between) {
        return between.isBlank() || between.equals("-");
    }

    private static void add(Map<String, Candidate> candidates, String key, String surface, double weight) {
        Candidate candidate = candidates.computeIfAbsent(key, Candidate::new);
        candidate.score += weight;
        candidate.count++;
        candidate.surfaces.merge(surface, 1, Integer::sum);
    }

    /** A term or phrase being scored: mutable while one article is analysed, never shared. */
    private static final class Candidate {
        final String key;
        final Map<String, Integer> surfaces = new HashMap<>();
        double score;
        int count;

        Candidate(String key) {
            this.key = key;
        }

        boolean isPhrase() {
            return key.indexOf(' ') >= 0;
        }

        /** A word is common when it is on the list; a phrase when any of its words is ("Grant says", "two years"). */
        boolean isCommon(Set<String> common) {
            return List.of(key.split(" ")).stream().anyMatch(common::contains);
        }

        boolean isGermanNonNoun(String language) {
            return "de".equals(language) && !isPhrase() && Character.isLowerCase(surface().charAt(0));
        }

        /**
         * A German phrase ends in a noun, which is capitalised: "dritten Quartal", not "Quartal deutlich". Other
         * languages give no such cue.
         */
        boolean isFragment(String language) {
            String surface = surface();
            int space = Math.max(surface.lastIndexOf(' '), surface.lastIndexOf('-'));
            return isPhrase() && "de".equals(language) && space >= 0 && space + 1 < surface.length()
                    && Character.isLowerCase(surface.charAt(space + 1));
        }

        /** The most frequent surface form; among equals the capitalised one (a name or a German noun). */
        String surface() {
            return surfaces.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(e -> Character.isUpperCase(e.getKey().charAt(0)))
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow()
                    .getKey();
        }
    }
}
