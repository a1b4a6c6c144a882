package org.microcred.core;

import java.util.List;
import org.microcred.core.internal.Checks;

/**
 * Further information (E16): notes, links (e.g. the course homepage) and supplementary documents.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param notes additional notes, in order, not null
 * @param links links to further information, in order, not null
 * @param documents supplementary documents, in order, not null
 * @since 0.1
 */
public record FurtherInformation(List<MultilingualText> notes, List<WebLink> links, List<WebLink> documents) {

    /**
     * Creates further information.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if all three lists are empty
     */
    public FurtherInformation {
        notes = Checks.copy(notes, "notes");
        links = Checks.copy(links, "links");
        documents = Checks.copy(documents, "documents");
        if (notes.isEmpty() && links.isEmpty() && documents.isEmpty()) {
            throw new IllegalArgumentException("Further information needs a note, a link or a document");
        }
    }

    /**
     * Obtains further information from one note.
     *
     * @param note the note, not null
     * @return the information, not null
     */
    public static FurtherInformation ofNote(MultilingualText note) {
        return new FurtherInformation(List.of(note), List.of(), List.of());
    }
}
