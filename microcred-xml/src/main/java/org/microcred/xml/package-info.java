/**
 * XML codecs for the microcred model: microcred's own XML ({@link org.microcred.xml.XmlCodec}) and EMREX
 * ELMO 1.7 ({@link org.microcred.xml.ElmoCodec}), both on the JDK's StAX API, secure and streaming.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional#empty()} or empty collections.
 */
package org.microcred.xml;
