package org.microcred.core.format;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.microcred.core.MicroCredential;

/**
 * Reads and writes micro-credentials in one wire format.
 *
 * <p>Implementations live in {@code microcred-json} and {@code microcred-xml} and are found with
 * {@link java.util.ServiceLoader} (see {@link Codecs}). A codec is immutable and safe to share between
 * threads; it never closes the streams it is given.
 *
 * <h2>Errors and losses</h2>
 * Input that cannot be read raises a {@link CredentialFormatException} naming the location, the element
 * and the offending value; nothing else escapes (no {@code NullPointerException}, no Jackson or StAX
 * exception). Anything the format cannot carry is returned from the write methods as a {@link Loss}.
 *
 * <h2>Implementation requirements</h2>
 * Implementations must be immutable and thread-safe, must bound the memory used per record when
 * streaming, and must read without network or file access.
 *
 * @since 0.1
 */
public interface CredentialCodec {

    /**
     * Gets the format this codec reads and writes.
     *
     * @return the format, not null
     */
    Format format();

    /**
     * Checks whether the start of a document looks like this codec's format, from its content alone
     * (JSON-LD context or type, XML root element and namespace).
     *
     * @param head the first bytes of the document (at most a few kilobytes), not null
     * @return true if this codec recognises the document
     */
    boolean recognises(byte[] head);

    /**
     * Reads a document that holds exactly one credential.
     *
     * @param in the document, not null, not closed
     * @return the credential and any warnings, not null
     * @throws CredentialFormatException if the document cannot be read or does not hold exactly one credential
     */
    ReadResult read(InputStream in);

    /**
     * Reads a document or stream that holds any number of credentials, lazily: a JSON array or JSON
     * Lines for the JSON formats, a stream of root elements or a multi-report ELMO document for XML.
     * The returned iterator reads as it is advanced, so that memory stays bounded whatever the count.
     *
     * @param in the input, not null, not closed by the iterator
     * @return an iterator over the credentials, not null; {@code next()} throws
     *     {@link CredentialFormatException} on a bad record
     */
    Iterator<MicroCredential> readAll(InputStream in);

    /**
     * Writes one credential as a document of this format.
     *
     * @param credential the credential, not null
     * @param out the output, not null, not closed
     * @return what the format could not carry, not null, empty when the conversion is lossless
     * @throws CredentialFormatException if the credential cannot be written at all
     */
    List<Loss> write(MicroCredential credential, OutputStream out);

    /**
     * Writes credentials one after another as a single output (JSON Lines for the JSON formats, one
     * document for ELMO, a stream of documents for XML), consuming the iterator lazily.
     *
     * @param credentials the credentials, not null
     * @param out the output, not null, not closed
     * @return what the format could not carry, over all credentials, not null
     * @throws CredentialFormatException if a credential cannot be written at all
     */
    List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out);

    /**
     * The result of reading one document.
     *
     * @param credential the credential read, not null
     * @param warnings what a lenient reader accepted but should not have, not null
     * @since 0.1
     */
    record ReadResult(MicroCredential credential, List<ReadWarning> warnings) {
        /**
         * Creates a result.
         *
         * @throws NullPointerException if an argument is null
         */
        public ReadResult {
            java.util.Objects.requireNonNull(credential, "credential");
            warnings = List.copyOf(warnings);
        }
    }
}
