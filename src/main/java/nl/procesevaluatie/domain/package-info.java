/**
 * The rows of the evaluation's datasets as the program knows them: the sealed {@link nl.procesevaluatie.domain.Row}
 * with one record per kind of dataset ({@link nl.procesevaluatie.domain.RegistrationRow},
 * {@link nl.procesevaluatie.domain.SessionRow}, {@link nl.procesevaluatie.domain.ResponseRow}).
 *
 * <p>Ingest's parsers make them from CSV cells, the store keeps them and the indicators read them. Nothing
 * here knows CSV, SQL or the store's binary form: the store is an adapter that encodes and decodes these
 * records, so its format can change (under a new format version) without touching the rest.
 */
package nl.procesevaluatie.domain;
