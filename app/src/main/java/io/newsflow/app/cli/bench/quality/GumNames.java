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
 * <p>With the CoNLL-U twin's tags and spacing ({@link GumWords}) GUM's own conventions are followed further: a
 * person mention is the whole noun phrase, so the name after a role noun is its head ("illustrator Johnnie
 * Christmas", "Minister of Education Stefania Giannini"); a possessor mention holds its "'s" ("Saudi Arabia's");
 * a hyphenated name written without spaces is one name ("Kim Jong-un"); a person's name does not run on over "of"
 * or "and" ("Claudia Mo of Civic Party"); and a capitalised pronoun linked to its referent ("He") is no name.
 */
final class GumNames {

    private static final Map<String, String> TYPES = Map.of("person", "PER", "organization", "ORG", "place", "LOC");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "&", "de", "du", "la", "le", "von", "van",
            "der", "al", "bin", "for", "on", "-", "upon");
    /**
     * The connectors inside a person's name: particles ("Ludwig van Beethoven"), not the "of" or "and" that GUM's
     * person mentions use for post-modifiers and coordinations ("Claudia Mo of Civic Party", "A of X and B of Y").
     */
    private static final Set<String> PERSON_CONNECTORS = Set.of("de", "du", "la", "le", "von", "van", "der", "al",
            "bin", "-");
    private static final Set<String> POST_MODIFIERS = Set.of("in", "of", "at", "from", "who", "which", "that", ",",
            "(", "-", "–", "on", "for", "with", "to", "and", "or", ":", ".", "whose", "where");
    private static final Set<String> TITLES = Set.of("president", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr",
            "prof.", "professor", "sen.", "senator", "gov.", "governor", "rep.", "king", "queen", "prince", "princess",
            "pope", "judge", "justice", "general", "gen.", "minister", "prime", "secretary", "chancellor", "sir",
            "lady", "lord", "mayor", "ceo", "director", "captain", "capt.", "lt.", "colonel", "col.", "sgt.", "rev.",
            "father", "vice", "deputy", "former", "foreign", "defense", "attorney", "chief", "officer", "coach",
            "founder", "chairman", "spokesman", "spokeswoman", "senior", "st.", "saint", "emperor", "empress", "uncle",
            "aunt", "agent", "detective", "sheriff", "commissioner", "ambassador", "president-elect", "candidate");

    /**
     * Penn tags of the words that may stand before the name in a mention led by a common noun: "Swedish captain
     * Andreas Granqvist", "his then-girlfriend Julie Couillard", "American academic and professor Marc Lamont Hill".
     */
    private static final Set<String> PRE_MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "HYPH", "CC", "RB",
            "PRP$", "IN", "DT", "POS", "VBN", "VBG");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s");

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
        i = afterRoleNoun(tokens, mentions, mention, i);
        Set<String> connectors = mention.type().equals("person") ? PERSON_CONNECTORS : CONNECTORS;
        int end = i;
        while (end <= last && (capitalized(tokens, end) || end > i && connectors.contains(lower(tokens, end))
                && end < last && capitalized(tokens, end + 1) || end > i && wordPart(tokens, end, last))) {
            end++;
        }
        if (end == i || end == i + 1 && tokens.get(i).text().equals("I")) {
            return null; // nothing capitalised, or the pronoun "I"
        }
        if (end <= last && !POST_MODIFIERS.contains(lower(tokens, end))
                && !(end == last && POSSESSIVES.contains(lower(tokens, end)))) {
            return null; // a name modifying a common noun ("the Star Wars lead"), unless the mention is a possessor
        }
        if (end == i + 1 && tokens.get(i).sentenceStart() && !mention.identified()) {
            return null;
        }
        if (tokens.get(i).tag() != null && !hasNoun(tokens, i, end)) {
            return null; // a capitalised pronoun or adverb ("He", "We", "Here"), which GUM links to its referent
        }
        return new int[] {i, end - 1};
    }

    /**
     * Where the name starts in a mention led by common words: GUM marks the whole noun phrase "illustrator Johnnie
     * Christmas" or "Minister of Education Stefania Giannini" as the person, its head being the name, so the role
     * noun (with its modifiers and nested mentions such as "Education") is passed over when the words are tagged
     * (Penn tags from the CoNLL-U twin) and the word right before the name is a common noun or a nested mention.
     * Returns {@code i} unchanged otherwise: "many Texans" or "former Scientologist" name no one.
     */
    private static int afterRoleNoun(List<Token> tokens, List<Mention> mentions, Mention mention, int i) {
        int last = mention.last();
        if (i > last || tokens.get(i).tag() == null || tokens.get(i).tag().startsWith("NNP")) {
            return i; // untagged, or led by a proper noun ("New York Times" holds "New York" but is its own name)
        }
        int j = i;
        boolean nounBefore = false;
        while (j <= last && tokens.get(j).tag() != null) {
            Mention nested = nestedAt(mentions, mention, j);
            if (nested != null && nested.last() < last) {
                j = nested.last() + 1;
                nounBefore = true;
                continue;
            }
            if (tokens.get(j).tag().startsWith("NNP")) {
                break;
            }
            if (!PRE_MODIFIER_TAGS.contains(tokens.get(j).tag())) {
                return i;
            }
            nounBefore = tokens.get(j).tag().startsWith("NN");
            j++;
        }
        return j > i && j <= last && tokens.get(j).tag() != null && nounBefore ? j : i;
    }

    /**
     * A part of a hyphenated name the original text writes without spaces ("Kim Jong-un", "Al-Maeena"): the hyphen
     * joined to both neighbours, or the part after it when it is a proper noun ("Polaroid-room" is no name).
     */
    private static boolean wordPart(List<Token> tokens, int k, int last) {
        Token previous = tokens.get(k - 1);
        Token token = tokens.get(k);
        return previous.attached() && (token.text().equals("-") && token.attached() && k < last
                && namePart(tokens.get(k + 1)) || previous.text().equals("-") && namePart(token));
    }

    private static boolean namePart(Token token) {
        return token.tag() == null ? !token.text().isEmpty() && Character.isUpperCase(token.text().codePointAt(0))
                : token.tag().startsWith("NNP");
    }

    /** Whether a word of the run is tagged a noun (GUM tags "Legislative Council" JJ NN, "Facebook" NN at times). */
    private static boolean hasNoun(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).tag() != null && tokens.get(k).tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
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
        return runs.stream()
                .anyMatch(r -> r != run && r[0] <= run[0] && run[1] <= r[1] && r[1] - r[0] > run[1] - run[0]);
    }

    private static boolean capitalized(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    private static String lower(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
