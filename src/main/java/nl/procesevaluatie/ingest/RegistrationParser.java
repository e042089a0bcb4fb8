package nl.procesevaluatie.ingest;

import java.time.LocalDate;
import java.util.Map;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.job.DatePattern;
import nl.procesevaluatie.job.FileSettings;
import nl.procesevaluatie.job.Intervention;

/** Validates registration rows in the order of the dataset's table (details.md rules 11 and 12). */
final class RegistrationParser implements RowParser<RegistrationRow> {
    private static final java.util.Set<String> END_REASONS = java.util.Set.of("completed", "dropped_out", "not_started", "other");

    private final FileSettings settings;
    private final Intervention intervention;
    private final Pseudonymiser pseudonymiser;
    private final Map<String, String> endReasons;

    RegistrationParser(FileSettings settings, Intervention intervention, Pseudonymiser pseudonymiser) {
        this.settings = settings;
        this.intervention = intervention;
        this.pseudonymiser = pseudonymiser;
        this.endReasons = settings.values().get("end_reason");
    }

    @Override
    public RowOutcome<RegistrationRow> parse(Cells c) {
        String interventionCell = c.get("intervention");
        if (c.mapped("intervention") && !interventionCell.isEmpty() && !intervention.matches(interventionCell)) {
            return new RowOutcome.Skipped<>();
        }
        String trajectId = c.get("traject_id");
        if (trajectId.isEmpty()) {
            return Rejections.missing("traject_id");
        }
        String client = c.get("client_id");
        if (c.mapped("intervention") && interventionCell.isEmpty()) {
            return Rejections.missing("intervention");
        }
        String organisation = c.get("organisation");
        if (organisation.isEmpty()) {
            return Rejections.missing("organisation");
        }
        String registeredCell = c.get("registered_on");
        if (registeredCell.isEmpty()) {
            return Rejections.missing("registered_on");
        }
        LocalDate registered = DatePattern.parseAny(settings.dateFormats(), registeredCell);
        if (registered == null) {
            return Rejections.notADate("registered_on", registeredCell, settings);
        }
        String startedCell = c.get("started_on");
        LocalDate started = startedCell.isEmpty() ? null : DatePattern.parseAny(settings.dateFormats(), startedCell);
        if (!startedCell.isEmpty() && started == null) {
            return Rejections.notADate("started_on", startedCell, settings);
        }
        String endedCell = c.get("ended_on");
        LocalDate ended = endedCell.isEmpty() ? null : DatePattern.parseAny(settings.dateFormats(), endedCell);
        if (!endedCell.isEmpty() && ended == null) {
            return Rejections.notADate("ended_on", endedCell, settings);
        }
        String reasonCell = c.get("end_reason");
        String reason = null;
        if (!reasonCell.isEmpty()) {
            reason = Values.enumValue(endReasons, reasonCell, END_REASONS);
            if (reason == null) {
                return new RowOutcome.Rejected<>("end_reason", reasonCell, "unknown end reason '" + reasonCell + "'");
            }
        }
        String ageCell = c.get("age");
        Long age = ageCell.isEmpty() ? null : Values.integer(ageCell);
        if (!ageCell.isEmpty() && age == null) {
            return new RowOutcome.Rejected<>("age", ageCell, "not an integer");
        }
        return new RowOutcome.Accepted<>(new RegistrationRow(trajectId,
                client.isEmpty() ? null : pseudonymiser.pseudonym(client), organisation, emptyToNull(c.get("municipality")),
                emptyToNull(c.get("professional_id")), emptyToNull(c.get("group_id")), emptyToNull(c.get("referral_source")),
                registered, started, ended, reason, age, emptyToNull(c.get("gender"))));
    }

    static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
