package io.newsflow.app.cli.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityCrossValidationTest {

    @Test
    void aSentenceFoldIsTheFirstByteOfTheSha1OfItsIdModuloTwo() {
        // sha1("test:1") = 84..., sha1("test:3") = 3b..., sha1("test:4") = 82..., sha1("test:5") = 31...
        List<EntityDocument> documents = List.of(document("test:1"), document("test:3"), document("test:4"),
                document("test:5"));
        List<List<EntityDocument>> folds = EntityCrossValidation.folds(documents);
        assertThat(folds).hasSize(2);
        assertThat(folds.get(0)).extracting(EntityDocument::id).containsExactly("test:1", "test:4");
        assertThat(folds.get(1)).extracting(EntityDocument::id).containsExactly("test:3", "test:5");
    }

    @Test
    void foldCountsAreSummedPerTypeAndOverAll() {
        SpanTally first = new SpanTally();
        first.add(List.of(new GoldSpan(0, 5, "PER"), new GoldSpan(10, 15, "ORG")),
                List.of(new GoldSpan(0, 5, "PER"), new GoldSpan(10, 14, "ORG")));
        SpanTally second = new SpanTally();
        second.add(List.of(new GoldSpan(0, 5, "ORG")), List.of(new GoldSpan(0, 5, "ORG"), new GoldSpan(8, 9, "LOC")));
        SpanTally sum = new SpanTally();
        sum.addAll(first);
        sum.addAll(second);
        assertThat(sum.all().gold).isEqualTo(3);
        assertThat(sum.all().predicted).isEqualTo(4);
        assertThat(sum.all().exact).isEqualTo(2);
        assertThat(sum.all().lenient).isEqualTo(3);
        assertThat(sum.rows("x")).contains("| x | ORG | 0.500 | 0.500 | 0.500 | 1.000 | 1.000 | 1.000 | 2 | 2 | 1 |");
    }

    private static EntityDocument document(String id) {
        return new EntityDocument(id, "de", "Text.", List.of());
    }
}
