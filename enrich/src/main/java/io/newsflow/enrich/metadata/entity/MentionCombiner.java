package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Joins the name model's names with the rules' mentions of one text. The model decides where a name is and, unless the
 * gazetteer knows the name, its type; rule mentions it does not cover stay only with evidence beyond shape: a
 * gazetteer name, an organisation or place word in the name, a cue word next to it. Shape alone (an all-caps word, a
 * run of capitalised words, a capitalised German noun) is no evidence. Untyped rule mentions stay: they count only as
 * aliases of a typed entity ("Scholz" after "Olaf Scholz").
 */
final class MentionCombiner {

    /** Evidence a rule mention needs to stand next to the model's names. */
    static final int RULE_EVIDENCE = Mention.CUE;

    private MentionCombiner() {
    }

    /**
     * The mentions of one text.
     *
     * @param capitalsAreNames whether only names are capitalised in the language (English), so that a capitalised
     *     word the tagger calls a noun may still be part of a name; in German every noun is capitalised
     */
    static List<Mention> combine(String text, List<Word> words, boolean title, List<Mention> found,
            List<NameModel.Name> names, Gazetteer gazetteer, LanguageRules rules, boolean capitalsAreNames) {
        List<Mention> combined = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        Set<String> cuedOrganisations = cuedOrganisations(found);
        Set<String> personWords = capitalsAreNames ? Set.of() : NotNames.personWords(words, names);
        boolean[] labelLine = capitalsAreNames && !title ? LabelLines.of(text, words) : null;
        int taken = 0;
        List<NameModel.Name> joined = NameBounds.abbreviationsJoined(text, words, names, rules);
        List<NameModel.Name> split = NameSplits.splitCoordinated(words, capitalsAreNames
                ? NameSplits.splitPossessive(words, joined, gazetteer, rules)
                : GenitiveOwners.split(words, joined, gazetteer, rules));
        for (NameModel.Name name : split) {
            int begin = name.first();
            int end = NameBounds.nameEnd(text, words, name);
            if (begin < taken) {
                continue; // the "Jr" of "Martin Luther King, Jr.", which the name before it took
            }
            if (capitalsAreNames && end == name.end()) {
                end = NameBounds.withPossessiveWord(text, words, begin, end, gazetteer);
            }
            EntityType modelType = !capitalsAreNames && NameTypes.organisationHead(words, begin, end, rules)
                    ? EntityType.ORGANIZATION : name.type();
            if (modelType == EntityType.PERSON) {
                // A person's name is proper nouns: "Lauterbachs Sprecher" is Lauterbach's,
                // "Analyst Frank Schwope" Schwope.
                end = NameBounds.personEnd(words, begin, end, capitalsAreNames);
                begin = NameBounds.personBegin(words, begin, end, capitalsAreNames, rules);
                end = end == name.end() ? NameBounds.withSuffix(words, end) : end;
                end = capitalsAreNames && end == name.end()
                        ? NameBounds.withPossessiveSurname(text, words, end, rules) : end;
            }
            if (end - begin == 1 && (NotNames.notAName(words, begin, rules)
                            || !capitalsAreNames && GermanNouns.roleCompound(words.get(begin), rules, false))
                    || NotNames.eraMark(words, begin, end)
                    || NotNames.lettersOnly(words.subList(begin, end).stream().map(Word::text).toList())) {
                continue;
            }
            Word first = words.get(begin);
            Word last = words.get(end - 1);
            if (capitalsAreNames && NotNames.event(text, words, begin, end, name.type(), gazetteer, rules)) {
                // An event, award or treaty is no entity of ours ("Davis Cup", "Suez Crisis"), nor is a name inside
                // it: the place in "Paris Agreement" is not mentioned as a place.
                covered.add(new int[] {first.start(), last.end()});
                taken = end;
                continue;
            }
            String surface = text.substring(first.start(), last.end());
            int count = end - begin;
            int offset = title ? -1 : first.start();
            Optional<Gazetteer.Entry> entry = gazetteer.lookup(surface);
            if (entry.isEmpty() && count == 1 && !capitalsAreNames) {
                entry = NameTypes.capitalsPlace(surface, gazetteer);
            }
            if (entry.isEmpty() && !capitalsAreNames && !first.acronym()) {
                entry = NameTypes.genitiveOf(surface, gazetteer, rules);
            }
            EntityType type = count == 1 && modelType == EntityType.PERSON
                    ? NameTypes.oneWordPersonType(first, cuedOrganisations.contains(at(offset, surface)))
                    : capitalsAreNames && entry.isEmpty() && FirstNameStart.person(words, begin, end, rules)
                            ? EntityType.PERSON : modelType;
            if (entry.isEmpty() && count == 1 && type == EntityType.PERSON && !capitalsAreNames
                    && (NotNames.commonGermanWord(first) || GermanNouns.compoundNoun(first)
                            || NotNames.lowerCaseOnly(first, personWords))) {
                continue;
            }
            if (entry.isEmpty() && labelLine != null && labelLine[begin]
                    && !LabelLines.knownName(words, begin, end, type, rules)) {
                // On a heading, list item or label every word is capitalised: the name counts only as an alias of
                // a name the running text gives a type ("Pros & Cons", "Key Takeaways" name nothing).
                combined.add(new Mention(surface, count, null, null, Mention.NONE, offset));
            } else {
                combined.add(entry.map(e -> new Mention(surface, count, e.id(), e.type(), Mention.GAZETTEER, offset))
                        .orElseGet(() -> new Mention(surface, count, null, type, Mention.MODEL, offset)));
            }
            covered.add(new int[] {first.start(), last.end()});
            taken = end;
        }
        for (Mention mention : found) {
            int[] span = span(text, words, mention, title);
            boolean overlaps = span == null || covered.stream().anyMatch(c -> c[0] < span[1] && span[0] < c[1]);
            boolean evidence = mention.type() == null || mention.evidence() >= RULE_EVIDENCE;
            Mention kept = evidence || overlaps ? mention : BracketAcronyms.organisation(words, mention, combined);
            if (!overlaps && kept != null && !NotNames.lettersOnly(List.of(kept.surface().split(" ")))) {
                combined.add(capitalsAreNames && !title
                        ? RuleMentionTypes.retyped(words, labelLine, kept, rules)
                        : kept);
            }
        }
        return combined;
    }

    /**
     * The names the rules call organisations from the word before them ("Söldnertruppe Wagner", "Konzern Porsche"),
     * by {@link #at} offset and surface: a cue outranks the model ({@link Mention#CUE} is above {@link Mention#MODEL}),
     * which takes a one-word name that is also a surname for a person.
     */
    private static Set<String> cuedOrganisations(List<Mention> found) {
        Set<String> organisations = new HashSet<>();
        for (Mention mention : found) {
            if (mention.type() == EntityType.ORGANIZATION && mention.evidence() == Mention.CUE) {
                organisations.add(at(mention.offset(), mention.surface()));
            }
        }
        return organisations;
    }

    private static String at(int offset, String surface) {
        return offset + "\t" + surface;
    }

    /** The character span of a rule mention; title mentions carry no offset, so they are found by their words. */
    private static int[] span(String text, List<Word> words, Mention mention, boolean title) {
        if (!title) {
            return new int[] {mention.offset(), mention.offset() + mention.surface().length()};
        }
        int at = text.indexOf(mention.surface());
        return at < 0 ? null : new int[] {at, at + mention.surface().length()};
    }
}