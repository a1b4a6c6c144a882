package org.microcred.benchmarks;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P5: an eddsa-jcs-2022 proof over a credential, created and verified by microcred, against the raw JDK
 * Ed25519 signature and verification of 32 bytes (goal: at least 0.7 times the JDK's throughput), i.e. the
 * cost of canonicalising and hashing must stay small next to the elliptic-curve arithmetic.
 */
@State(Scope.Benchmark)
public class P5Signature {
    KeyPair keys;
    Signature signer;
    Signature verifier;
    byte[] message;

    /** Makes a key pair and a fixed 32-byte message. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        signer = Signature.getInstance("Ed25519");
        verifier = Signature.getInstance("Ed25519");
        message = new byte[32];
        new Random(Fixtures.SEED).nextBytes(message);
    }

    /**
     * Baseline: JDK Ed25519 sign then verify of 32 bytes, reusing the {@link Signature} objects.
     *
     * @return whether the signature verified
     */
    @Benchmark
    public boolean jdkSignVerify() throws GeneralSecurityException {
        signer.initSign(keys.getPrivate());
        signer.update(message);
        byte[] signature = signer.sign();
        verifier.initVerify(keys.getPublic());
        verifier.update(message);
        return verifier.verify(signature);
    }
}
