/** Plain JSON views of the Avro records: command output and the JSON form of publish routes. */
@NullMarked
package io.newsflow.runtime.json;

import org.jspecify.annotations.NullMarked;
