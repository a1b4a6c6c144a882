package org.microcred.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.format.Loss;

/**
 * Writes a {@link CredentialSpecification} on its own (a course-catalogue entry) in microcred's JSON form;
 * the counterpart of {@link CredentialSpecificationDeserializer}.
 */
public final class CredentialSpecificationSerializer extends StdSerializer<CredentialSpecification> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public CredentialSpecificationSerializer() {
        super(CredentialSpecification.class);
    }

    @Override
    public void serialize(CredentialSpecification value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        List<Loss> losses = new ArrayList<>();
        var tree = NativeMapping.INSTANCE.writeSpecification(value, losses);
        MicroCredentialSerializer.failOnLoss(losses);
        gen.writeTree(tree);
    }
}
