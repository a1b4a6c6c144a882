/**
 * microcred-xml.
 */
module org.microcred.xml {
    requires transitive org.microcred.core;
}
