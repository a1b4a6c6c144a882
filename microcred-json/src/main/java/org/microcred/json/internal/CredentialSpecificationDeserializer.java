package org.microcred.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.format.Format;

/**
 * Reads a {@link CredentialSpecification} on its own from microcred's JSON form; the counterpart of
 * {@link CredentialSpecificationSerializer}.
 */
public final class CredentialSpecificationDeserializer extends StdDeserializer<CredentialSpecification> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public CredentialSpecificationDeserializer() {
        super(CredentialSpecification.class);
    }

    @Override
    public CredentialSpecification deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        LocatedTree tree = LocatedTree.read(p, "");
        try {
            ReadContext ctx = new ReadContext(Format.JSON, tree, false, NativeMapping.INSTANCE::elementAt);
            return NativeMapping.INSTANCE.readSpecification(ObjectIn.root(ctx));
        } catch (RuntimeException e) {
            throw JsonErrors.reading(Format.JSON, e, NativeMapping.INSTANCE::elementAt);
        }
    }
}
