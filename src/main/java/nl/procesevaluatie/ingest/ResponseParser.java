package nl.procesevaluatie.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.job.DatePattern;
import nl.procesevaluatie.job.Instrument;

/** Validates response rows: respondent_id, date, traject_id, organisation, moment, then the items in order. */
final class ResponseParser implements RowParser<ResponseRow> {
    private final Instrument instrument;
    private final boolean outcome;
    private final boolean checklist;
    private final Pseudonymiser pseudonymiser;

    /** Respondent ids are pseudonymised like client ids: survey tools often carry a client number, e-mail or BSN there. */
    ResponseParser(Instrument instrument, Pseudonymiser pseudonymiser) {
        this.instrument = instrument;
        this.pseudonymiser = pseudonymiser;
        this.outcome = instrument.kind() == Instrument.Kind.outcome;
        this.checklist = instrument.kind() == Instrument.Kind.checklist;
    }

    @Override
    public RowOutcome<ResponseRow> parse(Cells c) {
        String respondent = c.get("respondent_id");
        if (respondent.isEmpty()) {
            return Rejections.missing("respondent_id");
        }
        String dateCell = c.get("date");
        if (dateCell.isEmpty()) {
            return Rejections.missing("date");
        }
        LocalDate date = DatePattern.parseAny(instrument.file().dateFormats(), dateCell);
        if (date == null) {
            return Rejections.notADate("date", dateCell, instrument.file());
        }
        String traject = c.get("traject_id");
        String organisation = c.get("organisation");
        String momentCell = c.get("moment");
        String moment = "";
        if (!momentCell.isEmpty()) {
            moment = Values.enumValue(instrument.file().values().get("moment"), momentCell, Set.of("pre", "post"));
            if (moment == null) {
                return new RowOutcome.Rejected<>("moment", momentCell, "unknown moment '" + momentCell + "' (expected pre or post)");
            }
        } else if (outcome) {
            return Rejections.missing("moment");
        }
        List<BigDecimal> items = new ArrayList<>(instrument.items().size());
        char separator = instrument.file().decimalSeparator();
        for (Instrument.Item item : instrument.items()) {
            String cell = c.get(Cells.item(item.column()));
            if (cell.isEmpty()) {
                items.add(null);
                continue;
            }
            Map<String, String> mapping = instrument.file().values().get(item.column());
            BigDecimal value;
            if (checklist) {
                String mapped = Values.lookup(mapping, cell);
                Boolean yes = mapped != null ? Boolean.valueOf(mapped.equals("true") || isNonZeroNumber(mapped)) : Values.bool(null, cell);
                if (yes == null) {
                    return new RowOutcome.Rejected<>(item.column(), cell, "not yes/no");
                }
                value = yes ? BigDecimal.ONE : BigDecimal.ZERO;
            } else {
                String mapped = Values.lookup(mapping, cell);
                value = mapped != null && !mapped.equals("true") && !mapped.equals("false") ? new BigDecimal(mapped)
                        : Values.decimal(cell, separator);
                if (value == null) {
                    return new RowOutcome.Rejected<>(item.column(), cell, "not a decimal number (separator '" + separator + "')");
                }
            }
            items.add(value);
        }
        return new RowOutcome.Accepted<>(new ResponseRow(instrument.id(), pseudonymiser.pseudonym(respondent), date, outcome ? moment : "",
                traject, organisation, items));
    }

    private static boolean isNonZeroNumber(String s) {
        try {
            return new BigDecimal(s).signum() != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
