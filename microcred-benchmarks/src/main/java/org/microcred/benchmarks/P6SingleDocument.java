package org.microcred.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.List;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P6, single-document side: one native JSON document read and written as one ELM or ELMO document, cycling
 * through the first {@value Fixtures#POOL} credentials of the generator the batch run ({@link BatchConvert})
 * streams, so that both rates are over the same kind of record. Output goes to a discarding stream, as in
 * the batch run.
 */
@State(Scope.Thread)
public class P6SingleDocument {
    /** The target format id. */
    @Param({"elm", "elmo"})
    public String target;

    List<byte[]> pool;
    CredentialCodec json;
    CredentialCodec to;
    OutputStream sink;
    int next;

    /** Generates the pool. */
    @Setup
    public void setUp() {
        json = Codecs.of(Format.JSON);
        to = Codecs.of(Format.of(target));
        pool = Fixtures.nativeJsonPool();
        sink = new CountingOutputStream();
    }

    /** Converts the next document of the pool. */
    @Benchmark
    public List<Loss> convert() {
        byte[] document = pool.get(next);
        next = (next + 1) % pool.size();
        MicroCredential c = json.read(new ByteArrayInputStream(document)).credential();
        return to.write(c, sink);
    }
}
