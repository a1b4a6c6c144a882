/**
 * microcred-json: codecs for microcred's own JSON, ELM v3 / EDC JSON-LD and Open Badges 3.0, and the
 * Jackson module of the model.
 */
module org.microcred.json {
    requires transitive org.microcred.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;

    exports org.microcred.json;

    provides org.microcred.core.format.CredentialCodec with org.microcred.json.JsonCodec, org.microcred.json.ElmCodec,
            org.microcred.json.ob3.Ob3Codec;
    provides com.fasterxml.jackson.databind.Module with org.microcred.json.MicrocredModule;

    // signatures (org.microcred.json.proof): Jackson trees in the API, titanium for eddsa-rdfc-2022
    requires jakarta.json;
    requires titanium.json.ld;
    requires titanium.rdf.api;
    requires titanium.rdfc;
    requires titanium.rdf.n.quads;
    exports org.microcred.json.proof;
    exports org.microcred.json.proof.internal to org.microcred.testkit;
}
