package io.newsflow.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Makes Avro 1.12 trust newsflow's generated record classes, which it otherwise refuses to instantiate (it trusts
 * only {@code java.*} unless told otherwise). Builders need this too: building an {@code Article} deep-copies the
 * defaults of its record-typed fields. Code that builds or reads records calls {@link #ensure()} once, so that no
 * user ever has to pass {@code -Dorg.apache.avro.SERIALIZABLE_PACKAGES}.
 */
public final class TrustedRecords {

    /** The package of the generated classes. */
    public static final String PACKAGE = "io.newsflow.schemas.avro.";

    static {
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(), type -> type.getName().startsWith(PACKAGE)));
    }

    private TrustedRecords() {}

    /** Trusts the generated classes; idempotent and cheap (the work happens once, when this class loads). */
    public static void ensure() {
        // class initialisation above did the work
    }
}
