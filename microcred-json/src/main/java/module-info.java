/**
 * microcred-json.
 */
module org.microcred.json {
    requires transitive org.microcred.core;
}
