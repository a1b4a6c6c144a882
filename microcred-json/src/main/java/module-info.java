/**
 * microcred-json: codecs for microcred's own JSON, ELM v3 / EDC JSON-LD and Open Badges 3.0, and the
 * Jackson module of the model.
 */
module org.microcred.json {
    requires transitive org.microcred.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;

    exports org.microcred.json;

    provides org.microcred.core.format.CredentialCodec with org.microcred.json.JsonCodec;
    provides com.fasterxml.jackson.databind.Module with org.microcred.json.MicrocredModule;
}
