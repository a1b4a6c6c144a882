package org.microcred.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.testing.CredentialArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * Round trip model -> microcred XML -> model over the shared generators, with every written document
 * validated against the shipped XML Schema.
 */
class XmlCodecProperties {
    private final XmlCodec codec = new XmlCodec();

    @Provide
    Arbitrary<MicroCredential> any() {
        return net.jqwik.api.Arbitraries.oneOf(CredentialArbitraries.credentials(),
                CredentialArbitraries.completeCredentials(),
                CredentialArbitraries.credentialsWithExtensions(Format.XML));
    }

    @Property(tries = 150)
    void roundTripIsExactAndSchemaValid(@ForAll("any") MicroCredential c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Loss> losses = codec.write(c, out);
        assertEquals(List.of(), losses);
        Schemas.validate(Schemas.NATIVE, out.toByteArray());
        MicroCredential back = codec.read(new ByteArrayInputStream(out.toByteArray())).credential();
        assertEquals(c, back);
    }

    @Provide
    Arbitrary<List<MicroCredential>> lists() {
        return any().list().ofMaxSize(6);
    }

    @Property(tries = 20)
    void writeAllReadAllIsExactAndSchemaValid(@ForAll("lists") List<MicroCredential> list)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(List.of(), codec.writeAll(list.iterator(), out));
        Schemas.validate(Schemas.NATIVE, out.toByteArray());
        List<MicroCredential> back = new ArrayList<>();
        Iterator<MicroCredential> it = codec.readAll(new ByteArrayInputStream(out.toByteArray()));
        it.forEachRemaining(back::add);
        assertEquals(list, back);
    }
}
