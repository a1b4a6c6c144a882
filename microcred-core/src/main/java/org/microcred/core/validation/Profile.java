package org.microcred.core.validation;

import java.util.Locale;

/**
 * The validation profiles of the standard.
 *
 * <p>Each profile is also a Jakarta Validation group ({@link #group()}); the groups inherit from each other,
 * so validating {@link Eu2022} also checks every {@link Structural} constraint.
 *
 * @since 0.1
 */
public enum Profile {
    /** Every present value is well formed: ranges, formats, vocabulary membership, date order. */
    STRUCTURAL("structural", Structural.class),
    /** Structural, plus every mandatory element of Annex I of the 2022 Council Recommendation. */
    EU_2022("eu-2022", Eu2022.class),
    /** EU 2022, plus the NESET 2020 items N01–N05 and the optional elements E12, E13 and E15. */
    NESET_2020("neset-2020", Neset2020.class);

    private final String id;
    private final Class<?> group;

    Profile(String id, Class<?> group) {
        this.id = id;
        this.group = group;
    }

    /**
     * Gets the profile's stable id, e.g. {@code "eu-2022"}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Gets the Jakarta Validation group of this profile.
     *
     * @return the group interface, not null
     */
    public Class<?> group() {
        return group;
    }

    /**
     * Obtains a profile from its id, ignoring case.
     *
     * @param id the id, e.g. {@code "eu-2022"}, not null
     * @return the profile, not null
     * @throws IllegalArgumentException if no profile has that id
     */
    public static Profile of(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Profile p : values()) {
            if (p.id.equals(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown profile '" + id + "' (expected structural, eu-2022 or neset-2020)");
    }

    /** Validation group of the {@code structural} profile. */
    public interface Structural {
    }

    /** Validation group of the {@code eu-2022} profile; includes {@link Structural}. */
    public interface Eu2022 extends Structural {
    }

    /** Validation group of the {@code neset-2020} profile; includes {@link Eu2022}. */
    public interface Neset2020 extends Eu2022 {
    }
}
