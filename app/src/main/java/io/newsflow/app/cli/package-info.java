/** The newsflow command and its subcommands (picocli). */
@NullMarked
package io.newsflow.app.cli;

import org.jspecify.annotations.NullMarked;
