package io.newsflow.enrich.metadata.entity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of places and organisations known in advance: country names from the JDK's locale data in the article's
 * language and English, plus the shipped lists {@code places.txt} and {@code organizations.txt} (cities, regions,
 * seas; agencies, media, parties, companies, clubs). All names of one entry share an id, so "Peking" and "Beijing",
 * or "EU" and "Europäische Union", are one entity. Immutable after loading.
 */
final class Gazetteer {

    /** Longest name, in words, that {@link #match} tries. */
    static final int MAX_WORDS = 5;

    /** An entry: its id (same for all its names) and type. */
    record Entry(String id, EntityType type) {
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, Entry> names = new HashMap<>();

    private Gazetteer() {
    }

    /** Loads countries named in {@code displayLanguages} and the shipped lists. */
    static Gazetteer load(List<Locale> displayLanguages) {
        Gazetteer gazetteer = new Gazetteer();
        for (String country : Locale.getISOCountries()) {
            Entry entry = new Entry("country:" + country, EntityType.LOCATION);
            Locale locale = new Locale("", country);
            for (Locale language : displayLanguages) {
                gazetteer.put(locale.getDisplayCountry(language), entry);
            }
        }
        gazetteer.read("places.txt", EntityType.LOCATION);
        gazetteer.read("organizations.txt", EntityType.ORGANIZATION);
        return gazetteer;
    }

    private void read(String resource, EntityType type) {
        int entries = 0;
        for (String line : ResourceLines.read(resource, "gazetteer")) {
            String[] forms = line.split("\\|");
            boolean country = forms[0].startsWith("@");
            Entry entry = new Entry(country ? "country:" + forms[0].substring(1) : type + ":" + forms[0],
                    country ? EntityType.LOCATION : type);
            for (int i = country ? 1 : 0; i < forms.length; i++) {
                put(forms[i], entry);
            }
            entries++;
        }
        if (entries == 0) {
            throw new IllegalStateException("gazetteer " + resource + " is empty");
        }
    }

    private void put(String name, Entry entry) {
        if (!name.isBlank()) {
            names.putIfAbsent(key(name), entry);
            names.putIfAbsent(key(inflected(name)), entry);
            names.putIfAbsent(key(name.replaceAll("(?<=\\p{L}{3})(er|es) ", "e ")), entry);
        }
    }

    /**
     * The weak adjective form of a German name, as after an article: "Europäische Zentralbank" → "Europäischen
     * Zentralbank", "Vereinte Nationen" → "Vereinten Nationen". Unchanged when no word before the last inflects.
     */
    static String inflected(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            String word = words[i];
            if (word.endsWith("e") && Character.isUpperCase(word.charAt(0))) {
                words[i] = word + "n";
            } else if ((word.endsWith("er") || word.endsWith("es")) && word.length() > 4) {
                words[i] = word.substring(0, word.length() - 2) + "en";
            }
        }
        return String.join(" ", words);
    }

    /** The entry named exactly {@code name} (case and accents matter only as written in the lists), if any. */
    Optional<Entry> lookup(String name) {
        return Optional.ofNullable(names.get(key(name)));
    }

    /**
     * The longest name starting at word {@code from}: how many words it spans and its entry. The last word may carry
     * a genitive ending of {@code rules} ("Russlands", "Moscow's").
     */
    Optional<Match> match(String text, List<Word> words, int from, LanguageRules rules) {
        int longest = 1;
        while (longest < MAX_WORDS && from + longest < words.size()
                && !words.get(from + longest).sentenceStart() && words.get(from + longest).text().length() < 20) {
            longest++;
        }
        for (int n = longest; n >= 1; n--) {
            Word last = words.get(from + n - 1);
            if (n > 1 && !last.capitalized() && !last.text().equals(".")) {
                continue;
            }
            if (!words.get(from).capitalized() || (n > 1 && last.sentenceStart())) {
                continue;
            }
            String name = text.substring(words.get(from).start(), last.end());
            Optional<Entry> entry = lookup(name);
            if (entry.isEmpty() && n == 1 && words.get(from).acronym()) {
                continue;
            }
            if (entry.isEmpty()) {
                String base = rules.stripGenitive(name);
                entry = base.equals(name) || words.get(from).acronym() ? Optional.empty() : lookup(base);
            }
            if (entry.isPresent()) {
                return Optional.of(new Match(n, entry.get()));
            }
        }
        return Optional.empty();
    }

    /** A gazetteer name found in text. */
    record Match(int words, Entry entry) {
    }

    /** The lookup key of a name: NFC, typographic apostrophes plain, any run of white space one space. */
    static String key(String name) {
        String key = name.strip();
        if (!Normalizer.isNormalized(key, Normalizer.Form.NFC)) {
            key = Normalizer.normalize(key, Normalizer.Form.NFC);
        }
        key = key.replace('’', '\'');
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < key.length()
                    && Character.isWhitespace(key.charAt(i + 1)))) {
                return WHITESPACE.matcher(key).replaceAll(" ");
            }
        }
        return key;
    }
}
