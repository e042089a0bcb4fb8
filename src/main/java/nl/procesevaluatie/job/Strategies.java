package nl.procesevaluatie.job;

import java.util.List;

/**
 * The job file's own implementation strategies (key {@code strategies}): added to the built-in catalogue,
 * or replacing it when {@code replace} is true. They only change what the report suggests ("Wat nu?"),
 * never a figure.
 */
public record Strategies(boolean replace, List<Strategy> items) {
    /** The strategy types of seed 002 §7 (Wensing &amp; Grol's phases), as written in the job file. */
    public enum Type { informing, educational, motivating, organisational, facilitating, sustaining }

    /**
     * One strategy for one barrier: a determinant name (staff_capacity) or a MIDI category (innovation, user,
     * organisation, socio_political).
     */
    public record Strategy(String barrier, Type type, String text, String source) {}
}
