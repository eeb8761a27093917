/** The steps that turn a raw page into an Avro article: parse, extract, enrich. */
@NullMarked
package io.newsflow.enrich.clean;

import org.jspecify.annotations.NullMarked;
