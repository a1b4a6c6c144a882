package org.microcred.json.ob3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Format;
import org.microcred.core.format.Loss;
import org.microcred.json.internal.EuVocabularyLosses;
import org.microcred.json.internal.ExtensionPlacer;
import org.microcred.json.internal.ObjectIn;
import org.microcred.json.internal.TreeMapping;

/**
 * The OB 3.0 half of the codec, run by the shared {@link org.microcred.json.internal.CodecEngine}.
 *
 * <p>It reads with its own {@link Source} cursor rather than {@link ObjectIn}: OB needs array items that
 * move (the one grade among several results), native values recognised as projections of extension values,
 * and unmapped array items appended, which a per-object cursor does not express.
 */
enum Ob3Mapping implements TreeMapping {
    INSTANCE;

    @Override
    public Format format() {
        return Format.OB3;
    }

    @Override
    public boolean setsAsArrays() {
        return true;
    }

    /** The element a pointer belongs to, for parse errors (a mapping error names its own). */
    @Override
    public Element elementAt(String pointer) {
        String p = pointer.replaceFirst("^/\\d+(?=/)", "");
        if (p.startsWith("/issuer") || p.startsWith("/" + Ob3Terms.AWARDING_BODY)) {
            return Element.E04;
        }
        if (p.startsWith("/validFrom") || p.startsWith("/awardedDate") || p.startsWith("/issuanceDate")) {
            return Element.E05;
        }
        if (p.startsWith("/validUntil") || p.startsWith("/expirationDate")) {
            return Element.S05;
        }
        if (p.startsWith("/credentialSubject/achievement/creditsAvailable")) {
            return Element.E07;
        }
        if (p.startsWith("/credentialSubject/achievement/name")) {
            return Element.E02;
        }
        if (p.startsWith("/credentialSubject/result")) {
            return Element.E14;
        }
        if (p.startsWith("/credentialSubject/activity")) {
            return Element.N03;
        }
        if (p.startsWith("/credentialSubject/identifier") || p.equals("/credentialSubject/id")) {
            return Element.E01;
        }
        if (p.equals("/id")) {
            return Element.S01;
        }
        return null;
    }

    @Override
    public MicroCredential read(ObjectIn root) {
        return Ob3Reader.read(new Source(root.context()));
    }

    @Override
    public ObjectNode write(MicroCredential credential, List<Loss> losses) {
        ObjectNode doc = Ob3Writer.write(EuVocabularyLosses.eqf(credential, losses));
        ExtensionPlacer.place(Format.OB3, credential.extensions(), doc, false, "extensions", losses);
        ExtensionPlacer.place(Format.OB3, credential.specification().extensions(),
                (ObjectNode) doc.get("credentialSubject").get("achievement"), true, "specification.extensions", losses);
        return doc;
    }
}
