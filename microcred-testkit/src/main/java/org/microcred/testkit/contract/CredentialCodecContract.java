package org.microcred.testkit.contract;

import java.util.List;
import org.microcred.core.format.CredentialCodec;
import org.microcred.testkit.Implementation;

/**
 * The conformance kit for one {@link CredentialCodec}: implement this interface in a test class and return
 * your codec. Every scenario with a document in the codec's format runs; the others (and conversions to
 * formats the codec does not handle) are reported as skipped.
 *
 * <pre>{@code
 * class MyElmCodecTest implements CredentialCodecContract {
 *     public CredentialCodec codec() {
 *         return new MyElmCodec();
 *     }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface CredentialCodecContract extends ConformanceContract {

    /**
     * Gets the codec under test.
     *
     * @return the codec, not null
     */
    CredentialCodec codec();

    /**
     * Gets an implementation made of {@link #codec()} alone.
     *
     * @return the implementation, not null
     */
    @Override
    default Implementation implementation() {
        CredentialCodec codec = codec();
        return Implementation.of(codec.getClass().getSimpleName() + " (" + codec.format().id() + ")", List.of(codec));
    }
}
