/**
 * microcred-json.
 */
module org.microcred.json {
    requires transitive org.microcred.core;
    requires com.fasterxml.jackson.databind;

    provides org.microcred.core.format.CredentialCodec with org.microcred.json.ob3.Ob3Codec;
}
