package org.microcred.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.microcred.core.CredentialSpecification;
import org.microcred.core.Element;
import org.microcred.core.MicroCredential;
import org.microcred.core.MultilingualText;
import org.microcred.core.Person;
import org.w3c.dom.Document;

class CreditSupplementTest {
    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" ]]> \u0001";

    static MicroCredential hostileCredential() {
        return MicroCredential.builder()
                .learner(Person.builder().fullName("<img src=x onerror=alert(1)>").build())
                .specification(CredentialSpecification.builder()
                        .title(MultilingualText.of("de", HOSTILE, "en", "English title"))
                        .language("de\"><script>")
                        .build())
                .build();
    }

    @Test
    void everyValueFromTheCredentialIsEscapedInTheHtmlPage() throws Exception {
        String html = CreditSupplement.of(hostileCredential()).toHtml();
        Document page = parse(html);
        assertEquals(0, page.getElementsByTagName("script").getLength(), html);
        assertEquals(0, page.getElementsByTagName("img").getLength(), html);
        String h1 = page.getElementsByTagName("h1").item(0).getTextContent();
        assertEquals("<script>alert('x')</script> & \"quoted\" ]]> \uFFFD", h1, "title in German, escaped, control char replaced");
        assertTrue(page.getElementsByTagName("title").item(0).getTextContent().endsWith(h1));
        assertTrue(page.getDocumentElement().getTextContent().contains("<img src=x onerror=alert(1)>"));
    }

    @Test
    void theLanguageIsTheFirstLanguageOfInstructionThatTheTitleIsGivenIn() {
        MicroCredential c = MicroCredential.builder().specification(CredentialSpecification.builder()
                .title(MultilingualText.of("en", "Title", "fi", "Otsikko")).languages(List.of("sv", "fi")).build()).build();
        CreditSupplement s = CreditSupplement.of(c);
        assertEquals("fi", s.language());
        assertEquals("Otsikko", s.title());
        MicroCredential noLanguage = c.withSpecification(c.specification().toBuilder().languages(List.of()).build());
        assertEquals("en", CreditSupplement.of(noLanguage).language());
    }

    @Test
    void entriesFollowAnnexOrderAndMarkWhatIsMissing() {
        CreditSupplement s = CreditSupplement.of(hostileCredential());
        assertEquals(List.of(Element.values()), s.entries().stream().map(CreditSupplement.Entry::element).toList());
        CreditSupplement.Entry e06 = s.entries().get(Element.E06.ordinal());
        assertFalse(e06.present());
        assertEquals("MISSING (mandatory)", e06.missingText());
        assertEquals("not given", s.entries().get(Element.E12.ordinal()).missingText());
        assertTrue(s.entries().get(Element.E01.ordinal()).present());
        String text = s.toText();
        assertTrue(text.contains("\nE06  learning outcomes\n     MISSING (mandatory)\n"), text);
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
