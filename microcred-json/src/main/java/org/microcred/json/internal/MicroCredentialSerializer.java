package org.microcred.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.CredentialFormatException.Location;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.core.format.UnsupportedContentException;

/**
 * Writes a {@link MicroCredential} in microcred's JSON form; the counterpart of {@link MicroCredentialDeserializer}.
 * A credential holding extensions of another format cannot be written without loss through Jackson (which
 * has no way to return losses) and fails; use {@code JsonCodec} to get the losses instead.
 */
public final class MicroCredentialSerializer extends StdSerializer<MicroCredential> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public MicroCredentialSerializer() {
        super(MicroCredential.class);
    }

    @Override
    public void serialize(MicroCredential value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        List<Loss> losses = new ArrayList<>();
        var tree = NativeMapping.INSTANCE.write(value, losses);
        failOnLoss(losses);
        gen.writeTree(tree);
    }

    static void failOnLoss(List<Loss> losses) {
        if (!losses.isEmpty()) {
            throw new UnsupportedContentException(Format.JSON, Location.UNKNOWN, losses.get(0).element(), null,
                    "cannot write without loss through Jackson (use JsonCodec to obtain the losses): " + losses, null);
        }
    }
}
