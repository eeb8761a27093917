package io.newsflow.app.cli.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityQualityTest {

    @Test
    void iobTagsBecomeScoredSpansAndOtherTypesAreIgnored() {
        IobSentence sentence = new IobSentence();
        for (String[] t : new String[][] {{"Angela", "B-PER"}, {"Merkel", "I-PER"}, {"besuchte", "O"},
                {"deutsche", "B-LOCderiv"}, {"Werke", "O"}, {"in", "O"}, {"Bad", "B-LOC"}, {"Homburg", "I-LOC"},
                {",", "O"}, {"Ecce", "B-OTH"}}) {
            sentence.add(t[0], t[1]);
        }
        TokenText text = new TokenText();
        List<GoldSpan> spans = sentence.spans(sentence.joined(text));
        assertThat(text.text()).isEqualTo("Angela Merkel besuchte deutsche Werke in Bad Homburg, Ecce");
        assertThat(spans).extracting(s -> text.text().substring(s.start(), s.end()) + "/" + s.type())
                .containsExactly("Angela Merkel/PER", "Bad Homburg/LOC");
    }

    @Test
    void gumMentionsBecomeTheirNamedPart() throws IOException, URISyntaxException {
        Path file = Path.of(EntityQualityTest.class.getResource("/entity-quality/GUM_news_sample.tsv").toURI());
        EntityDocument document = GumReader.read(file);
        assertThat(document.id()).isEqualTo("GUM_news_sample");
        assertThat(document.gold()).extracting(s -> document.text().substring(s.start(), s.end()) + "/" + s.type())
                .containsExactly("US/LOC", "Donald Trump/PER", "Washington/LOC");
    }

    @Test
    void gumNamesFollowTheOriginalSpacingAndTheHeadOfTheMention() throws IOException, URISyntaxException {
        // the CoNLL-U twin beside the file gives the spacing ("Al-Sayed") and the Penn tags
        Path file = Path.of(EntityQualityTest.class.getResource("/entity-quality/GUM_news_roles.tsv").toURI());
        EntityDocument document = GumReader.read(file);
        assertThat(document.text()).isEqualTo("illustrator Jane Al-Sayed met Boris Petrov of Acme.\nHe praised Norway's flag.");
        // the name after a role noun, the person without the "of" post-modifier, the possessor without "'s", and
        // no capitalised pronoun
        assertThat(document.gold()).extracting(s -> document.text().substring(s.start(), s.end()) + "/" + s.type())
                .containsExactly("Jane Al-Sayed/PER", "Boris Petrov/PER", "Acme/ORG", "Norway/LOC");
    }

    @Test
    void gumWordsGiveTheSpaceOfAContractionToItsLastWord() {
        List<GumWords.Word> words = GumWords.read(List.of("# text = Trump's team", "1-2\tTrump's\t_\t_\t_\t_\t_\t_\t_\t_",
                "1\tTrump\ttrump\tPROPN\tNNP\t_\t3\t_\t_\t_", "2\t's\t's\tPART\tPOS\t_\t1\t_\t_\t_",
                "3\tteam\tteam\tNOUN\tNN\t_\t0\t_\t_\tSpaceAfter=No", "", "1\tGo\tgo\tVERB\tVB\t_\t0\t_\t_\t_"));
        assertThat(words).containsExactly(new GumWords.Word("NNP", false), new GumWords.Word("POS", true),
                new GumWords.Word("NN", false), new GumWords.Word("VB", true));
    }

    @Test
    void germEvalSentencesAreItemsNamedByFilePartAndNumber() throws IOException, URISyntaxException {
        Path file = Path.of(EntityQualityTest.class.getResource("/entity-quality/NER-de-test.tsv").toURI());
        List<EntityDocument> documents = GermEvalReader.read(file);
        assertThat(documents).extracting(EntityDocument::id).containsExactly("test:1", "test:2");
        assertThat(documents.get(0).text()).isEqualTo("Angela Merkel sprach in Bonn.");
        assertThat(documents.get(1).gold()).isEmpty();
        // sha1("test:1") = 848b0b92... (TUNE), sha1("test:2") = 1c2298df... (MEASURE)
        assertThat(EntityQuality.split(documents, true)).extracting(EntityDocument::id).containsExactly("test:2");
        assertThat(EntityQuality.split(documents, false)).extracting(EntityDocument::id).containsExactly("test:1");
    }

    @Test
    void exactAndOverlapMatchesAreCountedPerType() {
        SpanTally tally = new SpanTally();
        tally.add(List.of(new GoldSpan(0, 13, "PER"), new GoldSpan(20, 26, "LOC"), new GoldSpan(30, 33, "ORG")),
                List.of(new GoldSpan(0, 13, "PER"), new GoldSpan(20, 30, "LOC"), new GoldSpan(30, 33, "LOC")));
        assertThat(tally.all().exact).isEqualTo(1);
        assertThat(tally.all().lenient).isEqualTo(2);
        assertThat(tally.all().precision(false)).isEqualTo(1.0 / 3);
        assertThat(tally.all().recall(true)).isEqualTo(2.0 / 3);
    }

    @Test
    void theSplitFollowsTheFirstHexDigitOfSha1() {
        // sha1("a") = 86f7e437..., sha1("b") = e9d71f5e..., sha1("c") = 84a51684..., sha1("d") = 3c363836...
        assertThat(EntityDocument.measure("a")).isFalse();
        assertThat(EntityDocument.measure("b")).isFalse();
        assertThat(EntityDocument.measure("d")).isTrue();
    }
}
