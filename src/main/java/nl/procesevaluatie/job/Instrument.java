package nl.procesevaluatie.job;

import java.math.BigDecimal;
import java.util.List;

/** A questionnaire export: its file settings, scale and items. */
public record Instrument(
        String id,
        Kind kind,
        FileSettings file,
        BigDecimal scaleMin,
        BigDecimal scaleMax,
        List<BigDecimal> negative,
        List<BigDecimal> positive,
        BigDecimal barrierShare,
        List<Item> items) {

    public enum Kind { determinants, quality, responsiveness, checklist, outcome, survey }

    public enum Category { innovation, user, organisation, socio_political }

    public record Item(String column, String determinant, Category category, boolean reverse) {}

    public boolean hasScale() {
        return scaleMin != null;
    }
}
