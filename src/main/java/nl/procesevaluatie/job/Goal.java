package nl.procesevaluatie.job;

import java.math.BigDecimal;
import java.util.List;

/**
 * An implementation goal. For population {@code respondents} the criterion is {@code scoreAtLeast};
 * otherwise {@code criteria} (all must hold).
 */
public record Goal(
        String id,
        String title,
        Population population,
        String instrument,
        BigDecimal minShare,
        Window window,
        List<Criterion> criteria,
        BigDecimal scoreAtLeast,
        BigDecimal target) {

    public enum Population { trajects, professionals, organisations, respondents }
}
