/**
 * The microcred core: the model of the micro-credential standard, its controlled vocabularies and the
 * validation profiles.
 *
 * <p>Its only dependency is the Jakarta Validation API. The model packages are opened (not only exported)
 * so that any Jakarta Validation provider can read the constrained components reflectively.
 */
module org.microcred.core {
    requires transitive jakarta.validation;

    exports org.microcred.core;
    exports org.microcred.core.format;
    exports org.microcred.core.validation;
    exports org.microcred.core.validation.constraints;
    exports org.microcred.core.verification;
    exports org.microcred.core.vocabulary;
    exports org.microcred.core.internal to org.microcred.json, org.microcred.xml, org.microcred.testkit;

    opens org.microcred.core;
    opens org.microcred.core.vocabulary;
    opens org.microcred.core.internal.validation;

    uses org.microcred.core.format.CredentialCodec;
}
