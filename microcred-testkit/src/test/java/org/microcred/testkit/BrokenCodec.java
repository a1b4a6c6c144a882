package org.microcred.testkit;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;

/**
 * A codec that delegates to a working one and breaks one thing on purpose, so that the kit's self-test can show
 * each check failing for the right reason.
 */
class BrokenCodec implements CredentialCodec {
    final CredentialCodec delegate;

    BrokenCodec(CredentialCodec delegate) {
        this.delegate = delegate;
    }

    /** A codec whose reader changes every credential it reads. */
    static BrokenCodec reading(CredentialCodec delegate, UnaryOperator<MicroCredential> change) {
        return new BrokenCodec(delegate) {
            @Override
            public ReadResult read(InputStream in) {
                ReadResult r = delegate.read(in);
                return new ReadResult(change.apply(r.credential()), r.warnings());
            }
        };
    }

    /** A codec whose writer changes every credential before writing it, and reports no loss. */
    static BrokenCodec writing(CredentialCodec delegate, UnaryOperator<MicroCredential> change) {
        return new BrokenCodec(delegate) {
            @Override
            public List<Loss> write(MicroCredential credential, OutputStream out) {
                delegate.write(change.apply(credential), out);
                return List.of();
            }
        };
    }

    @Override
    public Format format() {
        return delegate.format();
    }

    @Override
    public boolean recognises(byte[] head) {
        return delegate.recognises(head);
    }

    @Override
    public ReadResult read(InputStream in) {
        return delegate.read(in);
    }

    @Override
    public Iterator<MicroCredential> readAll(InputStream in) {
        return delegate.readAll(in);
    }

    @Override
    public List<Loss> write(MicroCredential credential, OutputStream out) {
        return delegate.write(credential, out);
    }

    @Override
    public List<Loss> writeAll(Iterator<MicroCredential> credentials, OutputStream out) {
        return delegate.writeAll(credentials, out);
    }
}
