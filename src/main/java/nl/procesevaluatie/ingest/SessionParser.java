package nl.procesevaluatie.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.job.DatePattern;
import nl.procesevaluatie.job.FileSettings;

/** Validates session rows in the order of the dataset's table. */
final class SessionParser implements RowParser<SessionRow> {
    private final FileSettings settings;
    private final Map<String, String> held;
    private final Map<String, String> attended;

    SessionParser(FileSettings settings) {
        this.settings = settings;
        this.held = settings.values().get("held");
        this.attended = settings.values().get("attended");
    }

    @Override
    public RowOutcome<SessionRow> parse(Cells c) {
        String trajectId = c.get("traject_id");
        if (trajectId.isEmpty()) {
            return Rejections.missing("traject_id");
        }
        String noCell = c.get("session_no");
        if (noCell.isEmpty()) {
            return Rejections.missing("session_no");
        }
        Long no = Values.integer(noCell);
        if (no == null) {
            return new RowOutcome.Rejected<>("session_no", noCell, "not an integer");
        }
        if (no < 1) {
            return new RowOutcome.Rejected<>("session_no", noCell, "session_no < 1");
        }
        String dateCell = c.get("date");
        if (dateCell.isEmpty()) {
            return Rejections.missing("date");
        }
        LocalDate date = DatePattern.parseAny(settings.dateFormats(), dateCell);
        if (date == null) {
            return Rejections.notADate("date", dateCell, settings);
        }
        String heldCell = c.get("held");
        Boolean isHeld = heldCell.isEmpty() ? Boolean.TRUE : Values.bool(held, heldCell);
        if (isHeld == null) {
            return Rejections.notABoolean("held", heldCell);
        }
        String attendedCell = c.get("attended");
        if (attendedCell.isEmpty()) {
            return Rejections.missing("attended");
        }
        Boolean isAttended = Values.bool(attended, attendedCell);
        if (isAttended == null) {
            return Rejections.notABoolean("attended", attendedCell);
        }
        List<String> components = split(c.get("components"), settings.componentsSeparator());
        String durationCell = c.get("duration_min");
        Long duration = durationCell.isEmpty() ? null : Values.integer(durationCell);
        if (!durationCell.isEmpty() && duration == null) {
            return new RowOutcome.Rejected<>("duration_min", durationCell, "not an integer");
        }
        return new RowOutcome.Accepted<>(new SessionRow(trajectId, no, date, isHeld, isAttended, components, duration));
    }

    /** A set cell: split, trimmed, empty elements dropped, each code once. */
    static List<String> split(String cell, String separator) {
        if (cell.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        int from = 0;
        while (true) {
            int at = cell.indexOf(separator, from);
            String part = CsvSource.trim(at < 0 ? cell.substring(from) : cell.substring(from, at));
            if (!part.isEmpty()) {
                out.add(part);
            }
            if (at < 0) {
                break;
            }
            from = at + separator.length();
        }
        return new ArrayList<>(out);
    }
}
