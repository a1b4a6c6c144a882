package org.microcred.json.internal;

import java.util.List;
import java.util.Optional;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Loss;

/**
 * EQF levels in formats that write them as concepts of the EU's EQF vocabulary (ELM, OB 3.0): it has levels 1 to 8.
 * The model takes any level (the structural profile flags one outside that range), so a writer cannot write a level
 * 9 as a concept: it leaves it out and reports the loss, rather than failing or writing a URI no reader accepts.
 */
public final class EqfLevels {
    private EqfLevels() {
    }

    /**
     * Gets the credential as a writer of EQF concepts can write it.
     *
     * @param c the credential, not null
     * @param losses receives the loss of an EQF level outside 1 to 8
     * @return the credential, or a copy without that level
     */
    public static MicroCredential writable(MicroCredential c, List<Loss> losses) {
        Optional<Level> level = c.specification().level();
        Optional<Integer> eqf = level.flatMap(Level::eqf);
        if (eqf.isEmpty() || eqf.get() >= 1 && eqf.get() <= 8) {
            return c;
        }
        losses.add(new Loss(Element.E08, "specification.level.eqf",
                "the EQF has levels 1 to 8: level " + eqf.get() + " has no concept to write"));
        Level l = level.get();
        CredentialSpecification s = l.cycle().isEmpty() && l.nqf().isEmpty()
                ? c.specification().without(Element.E08)
                : c.specification().toBuilder().level(new Level(Optional.empty(), l.cycle(), l.nqf(), false)).build();
        return c.toBuilder().specification(s).build();
    }
}
