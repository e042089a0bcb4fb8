package nl.procesevaluatie.ingest;

import nl.procesevaluatie.domain.Row;
import nl.procesevaluatie.job.FileSettings;

/** The reasons of rejects.csv, worded once. */
final class Rejections {
    private Rejections() {}

    static <T extends Row> RowOutcome.Rejected<T> missing(String field) {
        return new RowOutcome.Rejected<>(field, "", "required field is missing");
    }

    static <T extends Row> RowOutcome.Rejected<T> notADate(String field, String cell, FileSettings settings) {
        return new RowOutcome.Rejected<>(field, cell, notADateReason(settings));
    }

    /**
     * What was expected, what such a date looks like, and which key to change. The cell itself is the
     * reject's value; it stays out of the reason so that the report can group rejects by reason.
     */
    static String notADateReason(FileSettings settings) {
        String reason = "not a date in " + settings.dateFormatsText() + " (such as " + settings.dateFormats().get(0).example() + ")";
        return settings.key() == null ? reason
                : reason + "; if the export writes dates another way, change " + settings.key() + ".date_format";
    }

    static <T extends Row> RowOutcome.Rejected<T> notABoolean(String field, String cell) {
        return new RowOutcome.Rejected<>(field, cell, "not yes/no (add it under values." + field + ")");
    }
}
