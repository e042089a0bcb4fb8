package nl.procesevaluatie.domain;

/**
 * One accepted row of a dataset. Sealed: these records are every kind of row there is, and each travels
 * from its parser through the store to the indicators as its own type, never as {@code Object}.
 */
public sealed interface Row permits RegistrationRow, SessionRow, ResponseRow {
    /**
     * Whether the row is stored under its key (details.md rule 3). Only a response without any item value
     * is not: it is accepted and counted, but must not replace a stored response.
     */
    default boolean storable() {
        return true;
    }
}
