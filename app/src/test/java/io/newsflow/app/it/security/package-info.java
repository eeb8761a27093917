/** The pipeline against a broker that requires TLS or SASL, configured only through newsflow's kafka.* settings. */
@NullMarked
package io.newsflow.app.it.security;

import org.jspecify.annotations.NullMarked;
