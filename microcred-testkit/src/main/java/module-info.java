/**
 * microcred-testkit.
 */
module org.microcred.testkit {
    requires transitive org.microcred.core;
}
