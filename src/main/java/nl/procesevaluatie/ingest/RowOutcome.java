package nl.procesevaluatie.ingest;

/** What became of one row: accepted (with its typed value), rejected (with the first failing field) or skipped. */
sealed interface RowOutcome {
    record Accepted(Object row) implements RowOutcome {}

    record Rejected(String field, String value, String reason) implements RowOutcome {}

    record Skipped() implements RowOutcome {}

    Skipped SKIPPED = new Skipped();
}
