/** The extraction quality gate over the golden corpus, with Readability4J scored beside newsflow. */
@NullMarked
package io.newsflow.enrich.extract.quality;

import org.jspecify.annotations.NullMarked;
