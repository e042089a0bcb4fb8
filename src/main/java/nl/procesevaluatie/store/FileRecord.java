package nl.procesevaluatie.store;

/**
 * The registry entry of one file content within one dataset or instrument: loaded or refused, with its
 * row counts; for a refused file the field, value and reason of its rejects.csv row. {@code unfinishedLine}
 * is the line where a half-written file's cut-off last record starts (0 when the file ends cleanly), so
 * every later night still says that the file is partial.
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
        String reason,
        long unfinishedLine) {
    public FileRecord {
        reason = RejectRecord.printable(reason);
    }

    /** A file whose last record is complete. */
    public FileRecord(String dataset, String hash, String name, boolean refused, long read, long accepted, long rejected,
            long skipped, String field, String value, String reason) {
        this(dataset, hash, name, refused, read, accepted, rejected, skipped, field, value, reason, 0);
    }
}
