package nl.procesevaluatie.store;

/**
 * The registry entry of one file content within one dataset or instrument: loaded or refused, with its
 * row counts; for a refused file the field, value and reason of its rejects.csv row.
 */
public record FileRecord(
        String dataset,
        String hash,
        String name,
        boolean refused,
        long read,
        long accepted,
        long rejected,
        long skipped,
        String field,
        String value,
        String reason) {}
