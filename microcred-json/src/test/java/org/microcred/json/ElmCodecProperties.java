package org.microcred.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Identifier;
import org.microcred.core.MicroCredential;
import org.microcred.core.Organisation;
import org.microcred.core.QualityAssurance;
import org.microcred.core.format.Format;
import org.microcred.core.testing.CredentialArbitraries;
import org.microcred.core.vocabulary.Country;

/** Round trip and EDC SHACL conformance of ELM over generated credentials. */
class ElmCodecProperties {
    private final ElmCodec codec = new ElmCodec();

    @Provide
    Arbitrary<MicroCredential> anyCredential() {
        return Arbitraries.oneOf(CredentialArbitraries.credentials(), CredentialArbitraries.completeCredentials(),
                CredentialArbitraries.credentialsWithExtensions(Format.ELM));
    }

    @Property(tries = 200)
    void roundTripKeepsEveryElement(@ForAll("anyCredential") MicroCredential credential) {
        JsonTesting.Written w = JsonTesting.write(codec, credential);
        assertEquals(List.of(), w.losses());
        assertEquals(credential, JsonTesting.read(codec, w.bytes()), w.text());
    }

    @Property(tries = 60)
    void writtenDocumentsConformToTheEdcGenericShapes(@ForAll("anyCredential") MicroCredential generated) {
        MicroCredential credential = sealable(generated);
        JsonTesting.Written w = JsonTesting.write(codec, credential);
        assertEquals(List.of(), ShaclOracle.violationsNoCv(w.bytes()), w.text());
    }

    /**
     * ELM requires what a sealed EDC has: an issuer with an eIDAS legal identifier (added by EDC sealing from the
     * seal certificate) and a country for every organisation. Generated credentials get both where missing.
     */
    static MicroCredential sealable(MicroCredential c) {
        Organisation issuer = c.issuer().orElse(c.awardingBodies().get(0));
        if (issuer.identifiers().stream().noneMatch(i -> i.scheme().equals(Identifier.EIDAS))) {
            issuer = issuer.toBuilder().identifier(Identifier.of(Identifier.EIDAS, "VATIE-0000000X")).build();
        }
        MicroCredential.Builder b = c.toBuilder();
        if (c.issuer().isPresent()) {
            b.issuer(issuer);
        } else {
            b.issuer(issuer);
        }
        CredentialSpecification s = c.specification();
        CredentialSpecification.Builder sb = s.toBuilder();
        s.provider().ifPresent(p -> sb.provider(located(p)));
        sb.qualityAssurance(s.qualityAssurance().stream().map(q -> new QualityAssurance(q.type(), q.title(),
                q.body().map(ElmCodecProperties::located), q.decision(), q.report(), q.issued(), q.expires())).toList());
        return b.specification(sb.build()).build();
    }

    private static Organisation located(Organisation o) {
        return o.country().isPresent() ? o : o.toBuilder().country(Country.of("BE")).build();
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
