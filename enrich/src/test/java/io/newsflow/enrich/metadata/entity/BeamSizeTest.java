package io.newsflow.enrich.metadata.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class BeamSizeTest {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final String TEXT = "The European Commission said on Monday that it would fine Google 2.4 billion"
            + " euros , and Margrethe Vestager told reporters in Brussels that the company had abused its dominance"
            + " in search to favour its own shopping service .";

    @Test
    void theBeamSizeIsSetInTheManifestTheTaggerIsBuiltFrom() throws IOException {
        POSModel model = TextAnalyzer.withBeamSize(load(), 1);
        assertThat(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("1");
    }

    @Test
    void greedyTaggingTagsASentenceAsTheBeamOfThreeDoes() throws IOException {
        String[] tokens = TEXT.split(" ");
        String[] beam3 = new POSTaggerME(load()).tag(tokens);
        String[] greedy = new POSTaggerME(TextAnalyzer.withBeamSize(load(), 1)).tag(tokens);
        int same = 0;
        for (int i = 0; i < tokens.length; i++) {
            same += beam3[i].equals(greedy[i]) ? 1 : 0;
        }
        assertThat(same).as("tags equal out of %d", tokens.length).isGreaterThanOrEqualTo(tokens.length - 1);
    }

    private static POSModel load() throws IOException {
        try (InputStream in = BeamSizeTest.class.getResourceAsStream(MODEL)) {
            return new POSModel(in);
        }
    }
}
