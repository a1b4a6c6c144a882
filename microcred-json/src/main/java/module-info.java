/**
 * microcred-json.
 */
module org.microcred.json {
    requires transitive org.microcred.core;

    // signatures (org.microcred.json.proof): Jackson trees in the API, titanium for eddsa-rdfc-2022
    requires transitive com.fasterxml.jackson.databind;
    requires jakarta.json;
    requires titanium.json.ld;
    requires titanium.rdf.api;
    requires titanium.rdfc;
    requires titanium.rdf.n.quads;
    exports org.microcred.json.proof;
    exports org.microcred.json.proof.internal to org.microcred.testkit;
}
