package org.microcred.testkit;

import org.microcred.core.CredentialSpecification;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;

/** Small credentials for the kit's own tests. */
final class Credentials {
    private Credentials() {
    }

    static MicroCredential placeholder() {
        return MicroCredential.builder()
                .specification(CredentialSpecification.builder().title(MultilingualText.of("en", "placeholder")).build()).build();
    }
}
