package org.microcred.core;

/**
 * A cycle of the Qualifications Framework of the European Higher Education Area (QF-EHEA), part of E08.
 *
 * <p>No EU code list exists for the cycles; each has the EQF level it corresponds to.
 *
 * @since 0.1
 */
public enum Cycle {
    /** Short cycle, within or linked to the first cycle (EQF 5). */
    SHORT(5),
    /** First cycle (EQF 6). */
    FIRST(6),
    /** Second cycle (EQF 7). */
    SECOND(7),
    /** Third cycle (EQF 8). */
    THIRD(8);

    private final int eqfLevel;

    Cycle(int eqfLevel) {
        this.eqfLevel = eqfLevel;
    }

    /**
     * Gets the EQF level this cycle corresponds to.
     *
     * @return the level, 5 to 8
     */
    public int eqfLevel() {
        return eqfLevel;
    }
}
