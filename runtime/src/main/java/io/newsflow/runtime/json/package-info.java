/** JSON views of the Avro records for command output. */
@NullMarked
package io.newsflow.app.json;

import org.jspecify.annotations.NullMarked;
