package nl.procesevaluatie.ingest;

import nl.procesevaluatie.job.FileSettings;

/** The reasons of rejects.csv, worded once. */
final class Rejections {
    private Rejections() {}

    static RowOutcome.Rejected missing(String field) {
        return new RowOutcome.Rejected(field, "", "required field is missing");
    }

    static RowOutcome.Rejected notADate(String field, String cell, FileSettings settings) {
        return new RowOutcome.Rejected(field, cell, "not a date in " + settings.dateFormatsText());
    }

    static RowOutcome.Rejected notABoolean(String field, String cell) {
        return new RowOutcome.Rejected(field, cell, "not yes/no (add it under values." + field + ")");
    }
}
