package org.microcred.json.ob3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.microcred.core.MicroCredential;
import org.microcred.core.testing.RandomCredentials;
import org.microcred.json.JsonFraming;

/** Ob3Codec offers the same framings as the other JSON codecs, and reads both back. */
class Ob3FramingTest {

    @Test
    void test_writeAll_arrayAndLines() {
        Random random = new Random(3);
        List<MicroCredential> credentials = List.of(RandomCredentials.credential(random), RandomCredentials.credential(random),
                RandomCredentials.credential(random));
        Ob3Codec codec = new Ob3Codec();
        for (JsonFraming framing : JsonFraming.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(List.of(), codec.writeAll(credentials.iterator(), out, framing));
            String text = out.toString(StandardCharsets.UTF_8).strip();
            assertEquals(framing == JsonFraming.JSON_ARRAY, text.startsWith("["), framing + ": " + text.substring(0, 20));
            List<MicroCredential> back = new ArrayList<>();
            Iterator<MicroCredential> it = codec.readAll(new ByteArrayInputStream(out.toByteArray()));
            it.forEachRemaining(back::add);
            assertEquals(credentials, back, framing.toString());
        }
    }
}
