package io.newsflow.app.cli.bench.quality;

import io.newsflow.app.cli.bench.quality.GumReader.Mention;
import io.newsflow.app.cli.bench.quality.GumReader.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named part of GUM's person, organisation and place mentions, as a named-entity annotation (CoNLL style) marks
 * it: "US President Donald Trump" → "Donald Trump" (PER; "US" is its own LOC mention), "the Daughters of the American
 * Revolution" → "Daughters of the American Revolution", "the team" → nothing. Rule: skip a leading article, a nested
 * mention followed by a title or "'s", and (for persons) titles; then take the run of capitalised words (with "of",
 * "and", "de", ... between them) and keep it when it ends the mention or a post-modifier ("in", "of", ",", "who")
 * follows. A one-word run at a sentence start that GUM does not link to Wikipedia is a capitalised common noun.
 * A run equal to another mention's span or inside a longer named span is left to that one.
 */
final class GumNames {

    private static final Map<String, String> TYPES = Map.of("person", "PER", "organization", "ORG", "place", "LOC");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "&", "de", "du", "la", "le", "von", "van",
            "der", "al", "bin", "for", "on", "-", "upon");
    private static final Set<String> POST_MODIFIERS = Set.of("in", "of", "at", "from", "who", "which", "that", ",",
            "(", "-", "–", "on", "for", "with", "to", "and", "or", ":", ".", "whose", "where");
    private static final Set<String> TITLES = Set.of("president", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr",
            "prof.", "professor", "sen.", "senator", "gov.", "governor", "rep.", "king", "queen", "prince", "princess",
            "pope", "judge", "justice", "general", "gen.", "minister", "prime", "secretary", "chancellor", "sir",
            "lady", "lord", "mayor", "ceo", "director", "captain", "capt.", "lt.", "colonel", "col.", "sgt.", "rev.",
            "father", "vice", "deputy", "former", "foreign", "defense", "attorney", "chief", "officer", "coach",
            "founder", "chairman", "spokesman", "spokeswoman", "senior", "st.", "saint", "emperor", "empress", "uncle",
            "aunt", "agent", "detective", "sheriff", "commissioner", "ambassador", "president-elect", "candidate");

    private GumNames() {
    }

    static List<GoldSpan> spans(List<Token> tokens, List<Mention> mentions, int[] offsets) {
        List<int[]> runs = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Mention mention : mentions) {
            String type = TYPES.get(mention.type());
            int[] run = type == null ? null : namedRun(tokens, mentions, mention);
            if (run != null && !equalsOtherMention(mentions, mention, run) && !contains(runs, run)) {
                runs.add(run);
                types.add(type);
            }
        }
        List<GoldSpan> spans = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (!insideAnother(runs, runs.get(i))) {
                spans.add(new GoldSpan(offsets[2 * runs.get(i)[0]], offsets[2 * runs.get(i)[1] + 1], types.get(i)));
            }
        }
        spans.sort(java.util.Comparator.comparingInt(GoldSpan::start));
        return spans;
    }

    /** First and last token of the mention's named part, or null when it has none. */
    private static int[] namedRun(List<Token> tokens, List<Mention> mentions, Mention mention) {
        int i = mention.first();
        int last = mention.last();
        boolean progress = true;
        while (i <= last && progress) {
            progress = false;
            String word = lower(tokens, i);
            if (ARTICLES.contains(word) || mention.type().equals("person") && TITLES.contains(word)) {
                i++;
                progress = true;
                continue;
            }
            Mention nested = nestedAt(mentions, mention, i);
            if (nested != null && nested.last() < last && (TITLES.contains(lower(tokens, nested.last() + 1))
                    || lower(tokens, nested.last() + 1).equals("'s"))) {
                i = nested.last() + 1;
                progress = true;
            }
        }
        int end = i;
        while (end <= last && (capitalized(tokens, end) || end > i && CONNECTORS.contains(lower(tokens, end))
                && end < last && capitalized(tokens, end + 1))) {
            end++;
        }
        if (end == i || end == i + 1 && tokens.get(i).text().equals("I")) {
            return null; // nothing capitalised, or the pronoun "I"
        }
        if (end <= last && !POST_MODIFIERS.contains(lower(tokens, end))) {
            return null;
        }
        if (end == i + 1 && tokens.get(i).sentenceStart() && !mention.identified()) {
            return null;
        }
        return new int[] {i, end - 1};
    }

    private static Mention nestedAt(List<Mention> mentions, Mention outer, int token) {
        for (Mention m : mentions) {
            if (m != outer && m.first() == token && m.last() <= outer.last() && m.first() >= outer.first()
                    && (m.last() - m.first()) < (outer.last() - outer.first())) {
                return m;
            }
        }
        return null;
    }

    private static boolean equalsOtherMention(List<Mention> mentions, Mention self, int[] run) {
        if (run[0] == self.first() && run[1] == self.last()) {
            return false;
        }
        for (Mention m : mentions) {
            if (m != self && m.first() == run[0] && m.last() == run[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<int[]> runs, int[] run) {
        return runs.stream().anyMatch(r -> r[0] == run[0] && r[1] == run[1]);
    }

    private static boolean insideAnother(List<int[]> runs, int[] run) {
        return runs.stream().anyMatch(r -> r != run && r[0] <= run[0] && run[1] <= r[1] && r[1] - r[0] > run[1] - run[0]);
    }

    private static boolean capitalized(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    private static String lower(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
