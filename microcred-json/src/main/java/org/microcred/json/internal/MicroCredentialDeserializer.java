package org.microcred.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.microcred.core.MicroCredential;

/**
 * Reads a {@link MicroCredential} from microcred's JSON form; the counterpart of {@link MicroCredentialSerializer}.
 * Errors are thrown as {@link org.microcred.core.format.CredentialFormatException}s with their location.
 */
public final class MicroCredentialDeserializer extends StdDeserializer<MicroCredential> {
    private static final long serialVersionUID = 1L;
    private static final CodecEngine ENGINE = new CodecEngine(NativeMapping.INSTANCE);

    /** Creates the deserializer. */
    public MicroCredentialDeserializer() {
        super(MicroCredential.class);
    }

    @Override
    public MicroCredential deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return ENGINE.decode(LocatedTree.read(p, "")).credential();
    }
}
