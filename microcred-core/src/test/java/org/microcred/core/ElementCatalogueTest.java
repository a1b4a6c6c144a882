package org.microcred.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@link Element} catalogue is the element table of STANDARD.md, id for id. */
class ElementCatalogueTest {

    @Test
    void test_catalogueMatchesTheStandard() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/standard-elements.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        Map<String, Element.Kind> kinds = Map.of("M", Element.Kind.MANDATORY, "O", Element.Kind.OPTIONAL,
                "N", Element.Kind.NESET, "S", Element.Kind.SUPPORTING);
        assertEquals(Element.values().length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Element e = Element.values()[i];
            assertEquals(row[0], e.id(), "order");
            assertEquals(kinds.get(row[1]), e.kind(), e.id());
            assertEquals(row[2].toLowerCase(), e.title().toLowerCase(), e.id());
        }
    }
}
