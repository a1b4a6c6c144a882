package org.microcred.core;

import java.util.Objects;
import java.util.Optional;
import org.microcred.core.internal.Checks;
import org.microcred.core.vocabulary.Country;

/**
 * An identifier of a person or an organisation in a named scheme: a national id with its country, a
 * European Student Identifier, a student number, an e-mail address, a DID; an Erasmus code, a PIC, a SCHAC
 * code, a VAT number, an eIDAS legal identifier. The scheme is an open token; the common ones are the
 * constants of this type.
 *
 * <p>Implementation requirements: immutable and thread-safe; treat as a value type.
 *
 * @param scheme the identifier scheme, e.g. {@link #ESI}, not null, not blank
 * @param value the identifier, not null, not blank
 * @param country the country that issued it (for national ids and legal identifiers), not null
 * @since 0.1
 */
public record Identifier(String scheme, String value, Optional<Country> country) {

    /** A national identity number; carries the issuing country. */
    public static final String NATIONAL_ID = "national-id";
    /** A European Student Identifier ({@code urn:schac:personalUniqueCode:int:esi:...}). */
    public static final String ESI = "esi";
    /** A student number local to an institution. */
    public static final String STUDENT_ID = "student-id";
    /** An e-mail address. */
    public static final String EMAIL = "email";
    /** A decentralised identifier ({@code did:...}). */
    public static final String DID = "did";
    /** An Erasmus institution code, e.g. {@code IRLDUBLIN01}. */
    public static final String ERASMUS = "erasmus";
    /** An EU Participant Identification Code. */
    public static final String PIC = "pic";
    /** A SCHAC home organisation code (domain name). */
    public static final String SCHAC = "schac";
    /** A VAT number. */
    public static final String VAT = "vat";
    /** An eIDAS legal person identifier. */
    public static final String EIDAS = "eidas";
    /** A company or legal registration number. */
    public static final String REGISTRATION = "registration";
    /** Any other identifier, given as a URI. */
    public static final String URI = "uri";

    /**
     * Creates an identifier.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if scheme or value is blank
     */
    public Identifier {
        Checks.notBlank(scheme, "scheme");
        Checks.notBlank(value, "value");
        Objects.requireNonNull(country, "country");
    }

    /**
     * Obtains an identifier without a country.
     *
     * @param scheme the scheme, not null
     * @param value the value, not null
     * @return the identifier, not null
     */
    public static Identifier of(String scheme, String value) {
        return new Identifier(scheme, value, Optional.empty());
    }

    /**
     * Obtains an identifier issued by a country, such as a national id.
     *
     * @param scheme the scheme, not null
     * @param value the value, not null
     * @param country the issuing country, not null
     * @return the identifier, not null
     */
    public static Identifier of(String scheme, String value, Country country) {
        return new Identifier(scheme, value, Optional.of(country));
    }
}
