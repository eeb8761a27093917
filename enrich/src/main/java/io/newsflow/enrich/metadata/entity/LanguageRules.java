package io.newsflow.enrich.metadata.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of one language, kept as data in {@code rules-LANG.txt}: words before a name that make it a person or an
 * organisation, name endings that make it an organisation or a place, words that are never names. Every section must
 * be present and non-empty, so a broken file fails when it loads. All entries are lower case.
 *
 * @param personTitles whole words before a name that mark a person: "Professor", "Verteidigungsminister", "Mr"
 * @param personRoleEndings endings of a word before a name that mark a person: "-minister", "-mitglied", "-chef"
 * @param organizationCues words before a name that mark an organisation: "Konzern", "Söldnertruppe", "company"
 * @param organizationWords last (or first) words of organisation names: "University", "AG", "Inc.", "Bank"
 * @param organizationEndings endings of a hyphenated or single-word name that mark an organisation: "-rat",
 *     "ministerium"
 * @param placeWords last words of place names: "Street", "Straße", "River"
 * @param placeCues prepositions before an unknown single name that suggest a place: "in", "nach"
 * @param speechVerbs verbs next to an unknown single name that suggest a person: "sagte", "said"
 * @param connectors lower-case words allowed inside an organisation's name: "of", "für", "&"
 * @param particles lower-case words allowed inside a person's name: "von", "der", "bin"
 * @param placeEndings endings of a single word that make it a place: "straße", "platz"
 * @param eventWords words that make a name an event or award, not an entity of ours: "Cup", "Preis"
 * @param adjectiveStems stems of capitalised adjectives that start organisation names: "deutsch" (Deutsche Bahn)
 * @param stopWords capitalised words that are never names or parts of one: weekdays, months, sentence starters
 * @param stopPrefixes beginnings of capitalised words that are never names: "montag" (Montagabend)
 * @param notNames words that are never a name on their own, checked on what the name model found (the model's
 *     training does not read them): German informal "Du", "Dir"; "Nr"; English "I'm"
 * @param genitiveEndings endings removed to find the base form of a name: "s" (Putins), "'s" (Putin's)
 */
record LanguageRules(Set<String> personTitles, Set<String> personRoleEndings, Set<String> organizationCues,
        Set<String> organizationWords, Set<String> organizationEndings, Set<String> placeWords,
        Set<String> placeCues, Set<String> speechVerbs, Set<String> connectors, Set<String> particles,
        Set<String> placeEndings, Set<String> eventWords, Set<String> adjectiveStems, Set<String> stopWords,
        Set<String> stopPrefixes, Set<String> notNames, List<String> genitiveEndings) {
    private static final Pattern ISCH_ADJECTIVE = Pattern.compile("\\p{L}+isch(e|en|er|es)?");


    private static final List<String> SECTIONS = List.of("person.titles", "person.role.endings",
            "organization.cues", "organization.words", "organization.endings", "place.words", "place.cues",
            "speech.verbs", "connectors", "particles", "place.endings", "event.words", "adjective.stems",
            "stop.words", "stop.prefixes", "not.names", "genitive.endings");

    /** Loads {@code rules-LANG.txt} from this package's resources. */
    static LanguageRules load(String language) {
        String resource = "rules-" + language + ".txt";
        Map<String, Set<String>> sections = read(resource);
        for (String section : SECTIONS) {
            if (sections.getOrDefault(section, Set.of()).isEmpty()) {
                throw new IllegalStateException(resource + ": section [" + section + "] is missing or empty");
            }
        }
        return new LanguageRules(sections.get("person.titles"), sections.get("person.role.endings"),
                sections.get("organization.cues"), sections.get("organization.words"),
                sections.get("organization.endings"), sections.get("place.words"), sections.get("place.cues"),
                sections.get("speech.verbs"), sections.get("connectors"), sections.get("particles"),
                sections.get("place.endings"), sections.get("event.words"), sections.get("adjective.stems"),
                sections.get("stop.words"),
                sections.get("stop.prefixes"), sections.get("not.names"), sections.get("genitive.endings").stream()
                        .sorted((a, b) -> b.length() - a.length()).toList());
    }

    private static Map<String, Set<String>> read(String resource) {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        for (String entry : ResourceLines.read(resource, "entity rules")) {
            if (entry.startsWith("[") && entry.endsWith("]")) {
                current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), k -> new HashSet<>());
            } else if (current == null) {
                throw new IllegalStateException(resource + ": entry before any [section]: " + entry);
            } else {
                current.add(entry.toLowerCase(Locale.ROOT));
            }
        }
        sections.replaceAll((k, v) -> Set.copyOf(v));
        return sections;
    }

    /** Whether {@code word} before a name marks a person: a title, or a role noun by its ending (also genitive). */
    boolean personCue(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("’", "'");
        if (personTitles.contains(lower) || personTitles.contains(stripGenitive(lower))) {
            return true;
        }
        String base = stripGenitive(lower);
        for (String ending : personRoleEndings) {
            if (base.endsWith(ending) || lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    boolean stop(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (stopWords.contains(lower)) {
            return true;
        }
        for (String prefix : stopPrefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organisation word, or a word with an organisation ending ("UN-Sicherheitsrat", "Verteidigungsministerium").
     */
    boolean organizationEnding(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return organizationWords.contains(lower) || endsWithAny(lower, organizationEndings);
    }

    /** Whether {@code word} is a capitalised adjective: a known stem with or without an ending, or "-isch-". */
    boolean adjective(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (adjectiveStems.contains(lower) || ISCH_ADJECTIVE.matcher(lower).matches()) {
            return true;
        }
        for (String ending : List.of("e", "en", "er", "es")) {
            if (lower.endsWith(ending)
                    && adjectiveStems.contains(lower.substring(0, lower.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word}, or its base without a genitive ending, is in {@code words}. */
    boolean containsBase(Set<String> words, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return words.contains(lower) || words.contains(stripGenitive(lower));
    }

    /** A single word that names a place by its ending: "Habsburgerstraße", "Marienplatz". */
    boolean placeEnding(String word) {
        return endsWithAny(word.toLowerCase(Locale.ROOT), placeEndings);
    }

    private static boolean endsWithAny(String lower, Set<String> endings) {
        for (String ending : endings) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} without a genitive ending, or itself. */
    String stripGenitive(String word) {
        for (String ending : genitiveEndings) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
