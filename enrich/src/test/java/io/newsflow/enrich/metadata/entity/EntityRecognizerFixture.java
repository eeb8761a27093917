package io.newsflow.enrich.metadata.entity;

/** One recognizer for all test classes of this package: loading the models takes about a second. */
final class EntityRecognizerFixture {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private EntityRecognizerFixture() {
    }

    static EntityRecognizer recognizer() {
        return RECOGNIZER;
    }
}
