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
        List<Item> items,
        Better better) {

    /** Whether a lower or a higher outcome score is the better one (key {@code better}); null when not said. */
    public enum Better { lower, higher }

    public Instrument(String id, Kind kind, FileSettings file, BigDecimal scaleMin, BigDecimal scaleMax, List<BigDecimal> negative,
            List<BigDecimal> positive, BigDecimal barrierShare, List<Item> items) {
        this(id, kind, file, scaleMin, scaleMax, negative, positive, barrierShare, items, null);
    }

    public enum Kind { determinants, quality, responsiveness, checklist, outcome, survey }

    public enum Category { innovation, user, organisation, socio_political }

    /** {@code label}: the readable name of the item's determinant, where the job file gives one. */
    public record Item(String column, String determinant, Category category, boolean reverse, String label) {
        public Item(String column, String determinant, Category category, boolean reverse) {
            this(column, determinant, category, reverse, null);
        }
    }

    public boolean hasScale() {
        return scaleMin != null;
    }
}
