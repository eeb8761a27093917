package io.newsflow.enrich.metadata.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The type of a name where the model's is likely wrong: the model reads a place in capitals as an organisation
 * ("WASHINGTON:"), a German organisation by the first words of its name ("Leopold Stocker Verlag" as a person) and a
 * company acting like a person, or named like one, as a person ("Rheinmetall bestätigte …").
 */
final class NameTypes {

    private NameTypes() {
    }

    /**
     * The gazetteer place a one-word name written in capitals names ("BERLIN taz –", "WASHINGTON:"): datelines and
     * headings write places in capitals, which the model reads as an acronym's, an organisation's. Four letters at
     * least: shorter capitals are acronyms more often than places.
     */
    static Optional<Gazetteer.Entry> capitalsPlace(String surface, Gazetteer gazetteer) {
        if (surface.length() < 4 || !surface.chars().allMatch(Character::isUpperCase)) {
            return Optional.empty();
        }
        return gazetteer.lookup(surface.charAt(0) + surface.substring(1).toLowerCase(Locale.ROOT))
                .filter(e -> e.type() == EntityType.LOCATION);
    }

    /**
     * The gazetteer name a German {@code surface} is the genitive of ("Floridas", "Russlands", "Weißen Hauses"), as
     * the gazetteer matches the rules' names: the model finds a name in the genitive as often as in any other case,
     * and unmatched it stayed an entity apart from its base form ("Syriens" beside "Syrien") or took the model's type
     * ("Nordamerikas" a person). Not in English, where the possessive is split off first and a name with one left on
     * is more often the owner in another role (UNER labels "Hong Kong" in "Hong Kong's High Court" an organisation).
     */
    static Optional<Gazetteer.Entry> genitiveOf(String surface, Gazetteer gazetteer, LanguageRules rules) {
        String base = rules.stripGenitive(surface);
        return base.equals(surface) ? Optional.empty() : gazetteer.lookup(base);
    }

    /**
     * Whether a German name of several words ends in an organisation word ("Leopold Stocker Verlag", "Ulmer Theater",
     * "Roger Douglas Associates", "Addiopizzo-Komitee"): a German name phrase is head-final, so its last word says what
     * it names, whatever type the model read from the words before it (a person's or a place's name).
     */
    static boolean organisationHead(List<Word> words, int begin, int end, LanguageRules rules) {
        if (end - begin < 2) {
            return false;
        }
        // A cue after a function word is where the model ran on past the name ("Heath Pearce von Zweitligist"); after
        // a first name the word is a surname ("Peter Kammer").
        Word last = words.get(end - 1);
        Word before = words.get(end - 2);
        return last.capitalized() && before.capitalized()
                && !NameLists.shipped().firstNameOnly(before.text().toLowerCase(Locale.ROOT))
                && (rules.organizationEnding(last.text())
                        || rules.organizationCues().contains(last.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * A one-word name the model calls a person's is an organisation's when a cue before it says so ({@code cued}:
     * "Söldnertruppe Wagner") or the lists know the word only as one ("Rheinmetall bestätigte …"): the model reads a
     * company acting like a person, or one named like a person, as one.
     */
    static EntityType oneWordPersonType(Word word, boolean cued) {
        return cued || NameLists.shipped().onlyOrganisation(word.text().toLowerCase(Locale.ROOT))
                ? EntityType.ORGANIZATION : EntityType.PERSON;
    }
}
