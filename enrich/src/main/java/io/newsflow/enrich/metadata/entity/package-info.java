/**
 * Named entities of an article (people, organisations, places) from OpenNLP's UD sentence, token and part-of-speech
 * models plus rules and shipped gazetteers, with aliases merged inside the article. Entry point:
 * {@link io.newsflow.enrich.metadata.entity.EntityRecognizer}.
 */
@NullMarked
package io.newsflow.enrich.metadata.entity;

import org.jspecify.annotations.NullMarked;
