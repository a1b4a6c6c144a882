package org.microcred.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.Level;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Loss;
import org.microcred.core.vocabulary.Languages;

/**
 * Values that formats writing them as concepts of the EU's vocabularies cannot write. The model keeps values as
 * the source gave them (the structural profile flags the odd ones), but the EQF vocabulary has levels 1 to 8 only
 * (ELM, OB 3.0) and ELM writes a language (S04) as the EU authority concept of its ISO 639-2 code. A writer leaves
 * such a value out and reports the loss, rather than failing or writing a document no reader accepts.
 */
public final class EuVocabularyLosses {
    private EuVocabularyLosses() {
    }

    /**
     * Gets the credential without an EQF level outside 1 to 8 (for OB 3.0).
     *
     * @param c the credential, not null
     * @param losses receives the loss of such a level
     * @return the credential, or a copy without that level
     */
    public static MicroCredential eqf(MicroCredential c, List<Loss> losses) {
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

    /**
     * Gets the credential without an EQF level outside 1 to 8 and without languages (S04) that have no EU language
     * concept (an ill-formed tag, or a language without an ISO 639-2 code), for ELM.
     *
     * @param c the credential, not null
     * @param losses receives the losses
     * @return the credential, or a copy without those values
     */
    public static MicroCredential eqfAndLanguages(MicroCredential c, List<Loss> losses) {
        MicroCredential out = eqf(c, losses);
        List<String> languages = out.specification().languages();
        List<String> kept = new ArrayList<>(languages.size());
        for (int i = 0; i < languages.size(); i++) {
            try {
                Languages.toEuUri(languages.get(i));
                kept.add(languages.get(i));
            } catch (IllegalArgumentException e) {
                losses.add(new Loss(Element.S04, "specification.languages[" + i + "]",
                        e.getMessage() + ": no EU language concept to write"));
            }
        }
        if (kept.size() == languages.size()) {
            return out;
        }
        return out.toBuilder().specification(out.specification().toBuilder().languages(kept).build()).build();
    }
}
