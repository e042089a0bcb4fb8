package nl.procesevaluatie.report;

/**
 * One distinct file content of the inbox as the data-quality section shows it: loaded or refused, its row
 * counts, and for a refused file the field, cell and reason of its rejects.csv line. The run builds these
 * from the store's registry, so the report depends on facts, not on how ingest and store keep them.
 */
public record FileFacts(
        String name,
        String dataset,
        boolean refused,
        long read,
        long accepted,
        long rejected,
        long skipped,
        String field,
        String value,
        String reason) {}
