package nl.procesevaluatie.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One questionnaire response. {@code items} follow the instrument's item order, null where missing;
 * checklist items are 1 (yes) or 0 (no) before reverse coding. Empty texts stand for absent cells so the
 * key (details.md rule 3) never holds a null.
 */
public record ResponseRow(
        String instrument,
        String respondentId,
        LocalDate date,
        String moment,
        String trajectId,
        String organisation,
        List<BigDecimal> items) implements Row {

    public boolean hasItemValues() {
        return items.stream().anyMatch(v -> v != null);
    }

    @Override
    public boolean storable() {
        return hasItemValues();
    }
}
