package io.newsflow.enrich.metadata.entity;

import java.util.ArrayList;
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

    /** Parts of speech a one-word name never has. */
    private static final Set<String> NOT_NAMES = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "VERB", "ADV",
            "PART", "PUNCT", "NUM");

    private MentionCombiner() {
    }

    static List<Mention> combine(String text, List<Word> words, boolean title, List<Mention> rules,
            List<NameModel.Name> names, Gazetteer gazetteer) {
        List<Mention> combined = new ArrayList<>();
        List<int[]> covered = new ArrayList<>();
        for (NameModel.Name name : names) {
            if (name.end() - name.first() == 1 && NOT_NAMES.contains(words.get(name.first()).pos())) {
                continue; // "He", "They", "Er" at a sentence start: capitalised, but the tagger knows better
            }
            Word first = words.get(name.first());
            Word last = words.get(name.end() - 1);
            String surface = text.substring(first.start(), last.end());
            Optional<Gazetteer.Entry> entry = gazetteer.lookup(surface);
            combined.add(entry.map(e -> new Mention(surface, name.end() - name.first(), e.id(), e.type(),
                            Mention.GAZETTEER, title ? -1 : first.start()))
                    .orElseGet(() -> new Mention(surface, name.end() - name.first(), null, name.type(), Mention.MODEL,
                            title ? -1 : first.start())));
            covered.add(new int[] {first.start(), last.end()});
        }
        for (Mention mention : rules) {
            int[] span = span(text, words, mention, title);
            boolean overlaps = span == null || covered.stream().anyMatch(c -> c[0] < span[1] && span[0] < c[1]);
            boolean evidence = mention.type() == null || mention.evidence() >= RULE_EVIDENCE;
            if (!overlaps && evidence) {
                combined.add(mention);
            }
        }
        return combined;
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
