package org.microcred.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.format.Format;
import org.microcred.core.validation.CredentialValidator;
import org.microcred.core.validation.Profile;
import org.microcred.core.validation.Violation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P1: microcred's native JSON, bytes to validated model, against Jackson {@code readTree} of the same bytes
 * (goal: at least 0.5 times Jackson's throughput). P4 divides {@link #microcredRead} by
 * {@link P4Validation#validateEu2022}.
 */
@State(Scope.Benchmark)
public class P1NativeJson {
    byte[] document;
    CredentialCodec codec;
    CredentialValidator validator;
    ObjectMapper mapper;

    /** Writes the credential once with microcred's native JSON codec (needed by both sides). */
    @Setup
    public void setUp() {
        codec = Codecs.of(Format.JSON);
        validator = CredentialValidator.create();
        mapper = new ObjectMapper();
        document = Fixtures.write(Fixtures.completeCredential(), Format.JSON);
    }

    /** microcred: native JSON bytes to a model validated under eu-2022. */
    @Benchmark
    public List<Violation> microcredReadValidate() {
        MicroCredential c = codec.read(new ByteArrayInputStream(document)).credential();
        return validator.validate(c, Profile.EU_2022);
    }

    /** microcred: native JSON bytes to the model, without the profile (the denominator of P4). */
    @Benchmark
    public MicroCredential microcredRead() {
        return codec.read(new ByteArrayInputStream(document)).credential();
    }

    /** Baseline: Jackson's generic tree of the same bytes. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        try {
            return mapper.readTree(new ByteArrayInputStream(document));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
