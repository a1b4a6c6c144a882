package org.microcred.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.MicroCredential;
import org.microcred.json.internal.CredentialSpecificationDeserializer;
import org.microcred.json.internal.CredentialSpecificationSerializer;
import org.microcred.json.internal.MicroCredentialDeserializer;
import org.microcred.json.internal.MicroCredentialSerializer;

/**
 * The Jackson module of microcred: reads and writes {@link MicroCredential} and
 * {@link CredentialSpecification} in microcred's own JSON form ({@link org.microcred.core.format.Format#JSON}).
 *
 * <p>Registered through {@link java.util.ServiceLoader}, so {@code new ObjectMapper().findAndRegisterModules()}
 * picks it up. Reading errors surface as {@link org.microcred.core.format.CredentialFormatException}s with
 * JSON pointer, line:column and element. For limits on hostile input, losses and streaming, prefer
 * {@link JsonCodec}, which uses a hardened parser whatever the mapper's configuration.
 *
 * @since 0.1
 */
public final class MicrocredModule extends Module {

    /** Creates the module (public for {@link java.util.ServiceLoader}). */
    public MicrocredModule() {
    }

    @Override
    public String getModuleName() {
        return "microcred";
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "org.microcred", "microcred-json");
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(MicroCredential.class, new MicroCredentialSerializer());
        serializers.addSerializer(CredentialSpecification.class, new CredentialSpecificationSerializer());
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(MicroCredential.class, new MicroCredentialDeserializer());
        deserializers.addDeserializer(CredentialSpecification.class, new CredentialSpecificationDeserializer());
        context.addDeserializers(deserializers);
    }

    @Override
    public Object getTypeId() {
        return MicrocredModule.class.getName();
    }
}
