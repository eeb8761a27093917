package io.newsflow.enrich.metadata;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Detects the language of a text from its script, and for Latin script from function words, distinctive
 * letters and character trigrams; empty when the text is too short or the evidence too weak.
 *
 * <p>Covers de, en, fr, es, it, nl, pt, pl, sv, da, tr, ro, cs, hu, fi and id in Latin script; ru and uk (Cyrillic), ar, el, he,
 * hi, th, ko, and zh/ja (Han, with kana meaning Japanese) by script. Immutable and thread-safe; build it once.
 */
public final class LanguageDetector {

    /** Fewer letters than this is too little text to judge. */
    static final int MIN_LETTERS = 12;

    /** Below this Latin-script score the evidence is too weak. */
    static final double MIN_SCORE = 1.5;

    /** A score this high is full confidence in the winner's share. */
    static final double FULL_EVIDENCE_SCORE = 8.0;

    static final double STOP_WORD_WEIGHT = 1.0;
    static final double LETTER_WEIGHT = 0.3;
    static final double TRIGRAM_WEIGHT = 0.25;

    /** Scripts that identify a language on their own. */
    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = Map.of(
            UnicodeScript.CYRILLIC, "ru",
            UnicodeScript.ARABIC, "ar",
            UnicodeScript.GREEK, "el",
            UnicodeScript.HEBREW, "he",
            UnicodeScript.DEVANAGARI, "hi",
            UnicodeScript.THAI, "th",
            UnicodeScript.HANGUL, "ko",
            UnicodeScript.HAN, "zh");

    /** Letters only Ukrainian uses among Cyrillic languages covered. */
    private static final String UKRAINIAN_LETTERS = "іїєґ";

    private final List<LanguageProfile> profiles;
    private final Map<String, int[]> trigramIndex = new HashMap<>();

    /** Builds the detector from {@link LanguageProfiles}. */
    public LanguageDetector() {
        this.profiles = LanguageProfiles.LATIN;
        for (int i = 0; i < profiles.size(); i++) {
            for (String trigram : profiles.get(i).trigrams()) {
                int[] previous = trigramIndex.getOrDefault(trigram, new int[0]);
                int[] next = Arrays.copyOf(previous, previous.length + 1);
                next[previous.length] = i;
                trigramIndex.put(trigram, next);
            }
        }
    }

    /** The language of {@code text}, or empty when there is too little text or no clear evidence. */
    public Optional<DetectedLanguage> detect(String text) {
        Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
        int letters = countScripts(text, scripts);
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        UnicodeScript dominant = UnicodeScript.LATIN;
        int dominantCount = scripts.getOrDefault(UnicodeScript.LATIN, 0);
        for (Map.Entry<UnicodeScript, Integer> entry : scripts.entrySet()) {
            if (entry.getValue() > dominantCount) {
                dominant = entry.getKey();
                dominantCount = entry.getValue();
            }
        }
        if (dominant == UnicodeScript.LATIN) {
            return detectLatin(text.toLowerCase(Locale.ROOT));
        }
        double share = (double) dominantCount / letters;
        return Optional.ofNullable(scriptLanguage(dominant, scripts, text))
                .map(code -> new DetectedLanguage(code, Math.min(1.0, share)));
    }

    private static int countScripts(String text, Map<UnicodeScript, Integer> scripts) {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                UnicodeScript script = UnicodeScript.of(cp);
                // Kana and Han together are Japanese; count kana towards Han so a mixed text stays one script.
                if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
                    scripts.merge(UnicodeScript.HAN, 1, Integer::sum);
                }
                scripts.merge(script, 1, Integer::sum);
            }
        }
        return letters;
    }

    private static String scriptLanguage(UnicodeScript script, Map<UnicodeScript, Integer> scripts, String text) {
        if (script == UnicodeScript.HAN) {
            boolean kana = scripts.containsKey(UnicodeScript.HIRAGANA) || scripts.containsKey(UnicodeScript.KATAKANA);
            return kana ? "ja" : "zh";
        }
        if (script == UnicodeScript.CYRILLIC) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (int i = 0; i < UKRAINIAN_LETTERS.length(); i++) {
                if (lower.indexOf(UKRAINIAN_LETTERS.charAt(i)) >= 0) {
                    return "uk";
                }
            }
        }
        return SCRIPT_LANGUAGES.get(script);
    }

    private Optional<DetectedLanguage> detectLatin(String lower) {
        double[] scores = new double[profiles.size()];
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                scoreWord(lower.substring(start, i), scores);
                start = -1;
            }
        }
        return verdict(scores);
    }

    private void scoreWord(String word, double[] scores) {
        for (int p = 0; p < profiles.size(); p++) {
            LanguageProfile profile = profiles.get(p);
            if (profile.stopWords().contains(word)) {
                scores[p] += STOP_WORD_WEIGHT;
            }
            for (int c = 0; c < word.length(); c++) {
                if (profile.letters().indexOf(word.charAt(c)) >= 0) {
                    scores[p] += LETTER_WEIGHT;
                }
            }
        }
        String padded = "_" + word + "_";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            for (int p : trigramIndex.getOrDefault(padded.substring(i, i + 3), new int[0])) {
                scores[p] += TRIGRAM_WEIGHT;
            }
        }
    }

    private Optional<DetectedLanguage> verdict(double[] scores) {
        int best = 0;
        int second = -1;
        for (int p = 1; p < scores.length; p++) {
            if (scores[p] > scores[best]) {
                second = best;
                best = p;
            } else if (second < 0 || scores[p] > scores[second]) {
                second = p;
            }
        }
        if (scores[best] < MIN_SCORE) {
            return Optional.empty();
        }
        double margin = scores[best] / (scores[best] + Math.max(0, scores[second]));
        double evidence = Math.min(1.0, scores[best] / FULL_EVIDENCE_SCORE);
        return Optional.of(new DetectedLanguage(profiles.get(best).code(), margin * evidence));
    }
}
